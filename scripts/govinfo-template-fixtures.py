#!/usr/bin/env python3
"""Writes the 政府信息公开 template fixtures: Tests/ReportKitTests/Fixtures/qingshi-county-govinfo-2023.txt
(a report in the national template whose tables add up) and its twin ...-errors.txt with planted
errors: a wrong row total, a column that breaks 一+二 = 三（七）+四, a wrong （七）总计, a wrong 行政复议
总计, a prose count that contradicts the table and a mis-rounded 公开率.
Usage: scripts/govinfo-template-fixtures.py Tests/ReportKitTests/Fixtures"""
import sys
cols = ["自然人","商业企业","科研机构","社会公益组织","法律服务机构","其他"]
# rows: (label0, label1, label2, values for 6 columns)
rows = [
 ("一、本年新收政府信息公开申请数量","","",[120,11,0,1,3,2]),
 ("二、上年结转政府信息公开申请数量","","",[4,1,0,0,0,0]),
 ("三、本年度办理结果","（一）予以公开","",[52,4,0,1,1,0]),
 ("","（二）部分公开（区分处理的，只计这一情形，不计其他情形）","",[14,2,0,0,0,1]),
 ("","（三）不予公开","1.属于国家秘密",[0,0,0,0,0,0]),
 ("","","2.其他法律行政法规禁止公开",[1,0,0,0,0,0]),
 ("","","3.危及“三安全一稳定”",[0,0,0,0,0,0]),
 ("","","4.保护第三方合法权益",[2,1,0,0,0,0]),
 ("","","5.属于三类内部事务信息",[1,0,0,0,0,0]),
 ("","","6.属于四类过程性信息",[2,0,0,0,0,0]),
 ("","","7.属于行政执法案卷",[1,0,0,0,0,0]),
 ("","","8.属于行政查询事项",[0,0,0,0,0,0]),
 ("","（四）无法提供","1.本机关不掌握相关政府信息",[27,2,0,0,1,0]),
 ("","","2.没有现成信息需要另行制作",[3,0,0,0,0,0]),
 ("","","3.补正后申请内容仍不明确",[2,0,0,0,0,0]),
 ("","（五）不予处理","1.信访举报投诉类申请",[4,0,0,0,0,0]),
 ("","","2.重复申请",[3,1,0,0,0,0]),
 ("","","3.要求提供公开出版物",[0,0,0,0,0,0]),
 ("","","4.无正当理由大量反复申请",[0,0,0,0,0,0]),
 ("","","5.要求行政机关确认或重新出具已获取信息",[1,0,0,0,0,0]),
 ("","（六）其他处理","1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",[5,1,0,0,0,0]),
 ("","","2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",[0,0,0,0,0,0]),
 ("","","3.其他",[1,0,0,0,0,1]),
]
done = [sum(r[3][c] for r in rows[2:]) for c in range(6)]
rows.append(("","（七）总计","",done))
carry = [rows[0][3][c]+rows[1][3][c]-done[c] for c in range(6)]
rows.append(("四、结转下年度继续办理","","",carry))
assert all(x >= 0 for x in carry)
table = []
for r in rows:
    vals = list(r[3]) + [sum(r[3])]
    table.append([r[0], r[1], r[2]] + vals)
review = [3,1,0,1,None, 2,0,0,1,None, 1,0,0,0,None]
for g in range(3):
    review[g*5+4] = sum(review[g*5:g*5+4])
received, carried = table[0][-1], table[1][-1]
finished = table[-2][-1]; toNext = table[-1][-1]
opened, partly = table[2][-1], table[3][-1]

def render(errors):
    t = [row[:] for row in table]
    rv = review[:]
    prose_received = received
    rate_text = "55.6%"  # (58 + 17)/135 = 55.56%
    if errors:
        t[3][-1] += 1            # a wrong row total: （二）部分公开 总计
        t[-1][3] -= 1; t[-1][4] += 1   # 四: 自然人 5→4, 商业企业 1→2: the row still adds up, two columns break 一+二 = 三（七）+四
        t[-2][-1] -= 1           # a wrong （七）总计
        rv[4] += 1               # a wrong 行政复议 总计
        prose_received += 2      # a prose count that contradicts the table
        rate_text = "55.7%"      # a mis-rounded 公开率
    out = []
    out.append("青石县人民政府2023年政府信息公开工作年度报告")
    out.append("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
    out.append("一、总体情况")
    out.append("2023年，青石县人民政府深入贯彻落实《条例》，围绕群众关切推进政务公开，以公开促落实、促规范、促服务。")
    out.append(f"（一）主动公开。全年在县政府门户网站主动公开政府信息4,215条，其中政策文件138件，政策解读52篇。")
    out.append(f"（二）依申请公开。全年共收到政府信息公开申请{prose_received}件，上年结转{carried}件，办结{finished}件，结转下年度继续办理{toNext}件。全年办结申请{finished}件，其中予以公开{opened}件、部分公开{partly}件，公开率（含部分公开）为{rate_text}。")
    out.append("（三）政府信息管理。对现行有效的95件行政规范性文件进行清理，废止2件，及时更新政府信息公开指南。")
    out.append("（四）监督保障。将政务公开纳入年度绩效考核，组织业务培训3期。")
    out.append("（五）复议诉讼。全年因政府信息公开被申请行政复议5件、被提起行政诉讼4件。")
    out.append("二、主动公开政府信息情况")
    out.append("第二十条第（一）项")
    out.append("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数")
    out.append("规章 | 0 | 0 | 0")
    out.append("行政规范性文件 | 12 | 2 | 95")
    out.append("第二十条第（五）项")
    out.append("信息内容 | 本年处理决定数量")
    out.append("行政许可 | 1,856")
    out.append("第二十条第（六）项")
    out.append("信息内容 | 本年处理决定数量")
    out.append("行政处罚 | 632")
    out.append("行政强制 | 18")
    out.append("第二十条第（八）项")
    out.append("信息内容 | 本年收费金额（单位：万元）")
    out.append("行政事业性收费 | 0")
    out.append("三、收到和处理政府信息公开申请情况")
    out.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况")
    out.append(" |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计")
    out.append(" |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他")
    for row in t:
        out.append(" | ".join(str(x) for x in row))
    out.append("四、政府信息公开行政复议、行政诉讼情况")
    out.append("行政复议 |  |  |  |  | 行政诉讼")
    out.append(" |  |  |  |  | 未经复议直接起诉 |  |  |  |  | 复议后起诉")
    out.append(" | ".join(["结果维持","结果纠正","其他结果","尚未审结","总计"]*3))
    out.append(" | ".join(str(x) for x in rv))
    out.append("五、存在的主要问题及改进情况")
    out.append("一是政策解读形式还不够丰富；二是个别部门信息更新不及时。下一步，我县将加强业务培训，压实公开责任。")
    out.append("六、其他需要报告的事项")
    out.append("本年度未收取信息处理费。")
    return "\n".join(out) + "\n"

d = sys.argv[1]
open(f"{d}/qingshi-county-govinfo-2023.txt","w").write(render(False))
open(f"{d}/qingshi-county-govinfo-2023-errors.txt","w").write(render(True))
