#!/usr/bin/env python3
"""Writes the test corpus Tests/ReportKitTests/Fixtures/corpus/: four issuers over 2021–2023, written
from the fixtures (yunxi-county-2023, jiangbei-justice-2023, qingshi-county-govinfo-2023) with their
figures varied, each report adding up within itself. Across reports some figures contradict the
issuer's report of the year before, and the rest agree:

  planted contradictions (cross-report mismatches)
    yunxi-county-2023      收到行政复议申请86件，同比增长15.2%   — 2022 stated 70件: +22.9%
    yunxi-county-2023      行政诉讼案件41件，较上年增加8件        — 2022 stated 35件: +6
    qingshi-govinfo-2022   上年结转4件                           — 2021 结转下年度继续办理3件
    linjiang-justice-2023  审结140件，上年为126件                — 2022 stated 审结128件
    qingshi-county-2023    办结政府信息公开申请133件              — the 2023 政府信息公开 report: 135件
  consistent (no mismatch)
    yunxi-county-2022 同比增长16.7% (70 over 60), 较上年增加5件, 比上年下降5.4个百分点 (17.9% → 12.5%);
    yunxi-county-2023 比上年下降2.5个百分点; linjiang-justice 较上年增加17件 (2022, 2023), 上年为110件
    (2022), 法律援助 同比增长 (2022, 2023); qingshi-govinfo 同比增长 (2022, 2023), 上年结转5件 (2023);
    qingshi-county-2023 收到政府信息公开申请137件 and 主动公开4,215条; linjiang-district-2022 is
    another body of the same district, whose figures are not compared with the 司法局's.

Rates are rounded half-up from their counts. Deterministic: the same files on every run.
Usage: scripts/make-corpus-fixtures.py Tests/ReportKitTests/Fixtures/corpus"""
import os
import sys
from decimal import Decimal, ROUND_HALF_UP


def rate(part, whole, places=1):
    value = Decimal(part) * 100 / Decimal(whole)
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def thousands(n):
    return f"{n:,}"


# 云溪县人民政府: 法治政府建设 reports.
YUNXI = {
    2021: dict(meetings=5, rules=7, received=60, accepted=57, closed=55, upheld=40, revoked=4, changed=1,
               illegal=2, dismissed=3, mediated=5, suits=30, suits_closed=28, lost=5, published=5108,
               info=39),
    2022: dict(meetings=6, rules=8, received=70, accepted=66, closed=62, upheld=45, revoked=5, changed=2,
               illegal=2, dismissed=4, mediated=4, suits=35, suits_closed=32, lost=4, published=5432,
               info=42,
               received_change="同比增长16.7%，", suits_change="较上年增加5件，", lost_change="比上年下降5.4个百分点，"),
    2023: dict(meetings=6, rules=9, received=86, accepted=79, closed=74, upheld=52, revoked=6, changed=2,
               illegal=3, dismissed=4, mediated=7, suits=41, suits_closed=40, lost=4, published=5826,
               info=47,
               received_change="同比增长15.2%，", suits_change="较上年增加8件，", lost_change="比上年下降2.5个百分点，"),
}


def yunxi(year, f):
    corrected = f["revoked"] + f["changed"] + f["illegal"]
    assert f["upheld"] + corrected + f["dismissed"] + f["mediated"] == f["closed"]
    return f"""云溪县人民政府关于{year}年度法治政府建设情况的报告
云政文〔{year + 1}〕3号
市人民政府：
{year}年，云溪县在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设各项工作。现将有关情况报告如下：
一、{year}年法治政府建设主要举措和成效
（一）强化组织领导，压实法治建设责任
县委常委会会议、县政府常务会议全年专题研究法治政府建设工作{f["meetings"]}次。制定《云溪县{year}年法治政府建设工作要点》，明确5个方面28项重点任务。
（二）健全依法决策机制
全年县政府制发行政规范性文件{f["rules"]}件，均按规定报市人民政府备案。
（三）依法有效化解社会矛盾纠纷
全年县政府共收到行政复议申请{f["received"]}件，{f.get("received_change", "")}受理{f["accepted"]}件（不予受理{f["received"] - f["accepted"]}件），审结{f["closed"]}件，其中维持{f["upheld"]}件，撤销{f["revoked"]}件，变更{f["changed"]}件，确认违法{f["illegal"]}件，驳回申请{f["dismissed"]}件，调解和解{f["mediated"]}件，综合纠错率{rate(corrected, f["closed"])}%，调解和解率{rate(f["mediated"], f["closed"])}%。全县行政机关作为被告的一审行政诉讼案件{f["suits"]}件，{f.get("suits_change", "")}审结{f["suits_closed"]}件，败诉{f["lost"]}件，败诉率{rate(f["lost"], f["suits_closed"])}%，{f.get("lost_change", "")}行政机关负责人出庭应诉率100%。
（四）全面推进政务公开
全年主动公开政府信息{f["published"]}条，受理政府信息公开申请{f["info"]}件，均在法定期限内答复。
二、存在的不足和原因
一是基层执法力量薄弱；二是行政复议纠错率仍然偏高。
三、{year + 1}年工作安排
一是加强复议应诉工作，确保行政机关负责人出庭应诉率保持100%；二是力争行政复议纠错率控制在10%以内。
云溪县人民政府
{year + 1}年3月15日
"""


# 临江区司法局: 法治政府建设工作 reports, with a table of the quarters.
LINJIANG = {
    2021: dict(received=118, closed=110, revoked=8, illegal=3, ordered=2, suits=52, lost=6, present="91.3",
               aid=412, quarters=[(26, 24, 3), (31, 28, 4), (30, 29, 3)]),
    2022: dict(received=135, received_change="较上年增加17件", closed=128, closed_before="，上年为110件",
               revoked=9, illegal=4, ordered=3, suits=47, lost=4, present="96.0", aid=455,
               aid_change="，同比增长10.4%", quarters=[(30, 27, 4), (35, 33, 4), (36, 34, 4)]),
    2023: dict(received=152, received_change="较上年增加17件", closed=140, closed_before="，上年为126件",
               revoked=8, illegal=3, ordered=2, suits=44, lost=3, present="100", aid=498,
               aid_change="，同比增长9.5%", quarters=[(33, 30, 3), (39, 36, 3), (40, 37, 4)]),
}


def linjiang(year, f):
    corrected = f["revoked"] + f["illegal"] + f["ordered"]
    quarters = list(f["quarters"])
    last = (f["received"] - sum(q[0] for q in quarters), f["closed"] - sum(q[1] for q in quarters),
            corrected - sum(q[2] for q in quarters))
    assert min(last) >= 0
    quarters.append(last)
    names = ["第一季度", "第二季度", "第三季度", "第四季度"]
    table = "\n".join(f"{name} | {r} | {c} | {e} | {rate(e, c)}" for name, (r, c, e) in zip(names, quarters))
    received = f"全区新收行政复议案件{f['received']}件" + (f"，{f['received_change']}" if "received_change" in f else "")
    return f"""临江区司法局{year}年度法治政府建设工作报告
{year}年，区司法局深入学习贯彻习近平法治思想，统筹推进全面依法治区各项工作。现将主要情况报告如下。
一、主要工作成效
（一）行政复议主渠道作用进一步发挥
{received}。全年审结行政复议案件{f["closed"]}件{f.get("closed_before", "")}，其中撤销{f["revoked"]}件、确认违法{f["illegal"]}件、责令履行{f["ordered"]}件，纠错率{rate(corrected, f["closed"])}%。各季度办案情况如下：
季度 | 收案（件） | 审结（件） | 纠错（件） | 纠错率（%）
{table}
合计 | {f["received"]} | {f["closed"]} | {corrected} | {rate(corrected, f["closed"])}
（二）行政应诉工作
全区行政机关作为被告的行政诉讼案件{f["suits"]}件，败诉{f["lost"]}件，败诉率{rate(f["lost"], f["suits"])}%，行政机关负责人出庭应诉率{f["present"]}%。
（三）公共法律服务体系更加健全
全年办理法律援助案件{f["aid"]}件{f.get("aid_change", "")}。
二、存在的不足
部分镇街行政复议纠错率仍然偏高，个别地方超过20%。
三、{year + 1}年工作安排
力争行政复议案件纠错率稳定在10%左右，行政机关负责人出庭应诉率保持100%。
"""


# 青石县人民政府: 政府信息公开工作年度报告 in the national template. The rows besides 予以公开 and
# 部分公开 keep the template fixture's figures; the 商业企业 column is fixed, the rest is 自然人.
OUTCOMES = [
    ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                   "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
     [0, 1, 0, 3, 1, 2, 1, 0], [0, 0, 0, 1, 0, 0, 0, 0]),
    ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
     [30, 3, 2], [2, 0, 0]),
    ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                   "5.要求行政机关确认或重新出具已获取信息"], [4, 4, 0, 0, 1], [0, 1, 0, 0, 0]),
    ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                   "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"],
     [6, 0, 2], [1, 0, 0]),
]

QINGSHI = {
    2021: dict(published=3862, policies=121, readings=44, received=120, carried_in=2, handled=119, carried_out=3,
               partly=15, issued=10, repealed=1, in_force=85, licences=1702, penalties=588, business=(10, 1)),
    2022: dict(published=3980, policies=130, readings=47, received=128, received_change="同比增长6.7%，",
               carried_in=4, handled=127, carried_out=5, partly=16, issued=11, repealed=6, in_force=90,
               licences=1788, penalties=610, business=(11, 1)),
    2023: dict(published=4215, policies=138, readings=52, received=137, received_change="同比增长7.0%，",
               carried_in=5, handled=135, carried_out=7, partly=17, issued=12, repealed=7, in_force=95,
               licences=1856, penalties=632, business=(11, 1)),
}


def qingshi_govinfo(year, f):
    assert f["received"] + f["carried_in"] == f["handled"] + f["carried_out"]
    others = sum(sum(values) for _, _, values, _ in OUTCOMES)
    disclosed = f["handled"] - f["partly"] - others
    business_new, business_in = f["business"]
    # (label, 自然人, 商业企业) for every row of the application table but the totals.
    business_disclosed, business_partly = 4, 2
    business_others = sum(sum(values) for _, _, _, values in OUTCOMES)
    business_handled = business_disclosed + business_partly + business_others
    business_out = business_new + business_in - business_handled
    assert business_out >= 0

    def row(labels, total, business):
        return " | ".join(labels + [str(total - business), str(business), "0", "0", "0", "0", str(total)])

    lines = [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况",
        " |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计",
        " |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他",
        row(["一、本年新收政府信息公开申请数量", "", ""], f["received"], business_new),
        row(["二、上年结转政府信息公开申请数量", "", ""], f["carried_in"], business_in),
        row(["三、本年度办理结果", "（一）予以公开", ""], disclosed, business_disclosed),
        row(["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""], f["partly"], business_partly),
    ]
    for group, labels, values, business in OUTCOMES:
        for index, (label, value, part) in enumerate(zip(labels, values, business)):
            lines.append(row(["", group if index == 0 else "", label], value, part))
    lines.append(row(["", "（七）总计", ""], f["handled"], business_handled))
    lines.append(row(["四、结转下年度继续办理", "", ""], f["carried_out"], business_out))
    table = "\n".join(lines)
    return f"""青石县人民政府{year}年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
{year}年，青石县人民政府深入贯彻落实《条例》，围绕群众关切推进政务公开，以公开促落实、促规范、促服务。
（一）主动公开。全年在县政府门户网站主动公开政府信息{thousands(f["published"])}条，其中政策文件{f["policies"]}件，政策解读{f["readings"]}篇。
（二）依申请公开。全年共收到政府信息公开申请{f["received"]}件，{f.get("received_change", "")}上年结转{f["carried_in"]}件，办结{f["handled"]}件，结转下年度继续办理{f["carried_out"]}件。全年办结申请{f["handled"]}件，其中予以公开{disclosed}件、部分公开{f["partly"]}件，公开率（含部分公开）为{rate(disclosed + f["partly"], f["handled"])}%。
（三）政府信息管理。及时更新政府信息公开指南，组织业务培训3期。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 0 | 0 | 0
行政规范性文件 | {f["issued"]} | {f["repealed"]} | {f["in_force"]}
第二十条第（五）项
信息内容 | 本年处理决定数量
行政许可 | {thousands(f["licences"])}
第二十条第（六）项
信息内容 | 本年处理决定数量
行政处罚 | {f["penalties"]}
三、收到和处理政府信息公开申请情况
{table}
四、存在的主要问题及改进情况
一是政策解读形式还不够丰富；二是个别部门信息更新不及时。下一步，我县将加强业务培训，压实公开责任。
五、其他需要报告的事项
本年度未收取信息处理费。
"""


def qingshi_county_2023():
    return """青石县人民政府2023年法治政府建设年度报告
2023年，青石县人民政府坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。
一、主要举措和成效
（一）依法化解行政争议
全年县政府收到行政复议申请64件，审结60件，其中撤销5件、确认违法2件、责令履行1件，纠错率13.3%。全县行政机关作为被告的一审行政诉讼案件28件，败诉2件，败诉率7.1%。
（二）推进政务公开
全年主动公开政府信息4,215条。收到政府信息公开申请137件，办结政府信息公开申请133件，均在法定期限内答复。
二、存在的问题
政策解读的针对性还不够强。
"""


def linjiang_district_2022():
    return """临江区人民政府2022年法治政府建设年度报告
2022年，临江区人民政府坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下。
一、主要举措和成效
（一）依法化解行政争议
全年区政府收到行政复议申请160件，审结151件，其中撤销12件、确认违法5件、责令履行3件，纠错率13.2%。
（二）推进政务公开
全年主动公开政府信息2,914条，收到政府信息公开申请88件。
二、存在的问题
基层执法力量还需加强。
"""


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "Tests/ReportKitTests/Fixtures/corpus"
    os.makedirs(folder, exist_ok=True)
    files = {}
    for year, figures in YUNXI.items():
        files[f"yunxi-county-{year}.txt"] = yunxi(year, figures)
    for year, figures in LINJIANG.items():
        files[f"linjiang-justice-{year}.txt"] = linjiang(year, figures)
    for year, figures in QINGSHI.items():
        files[f"qingshi-govinfo-{year}.txt"] = qingshi_govinfo(year, figures)
    files["qingshi-county-2023.txt"] = qingshi_county_2023()
    files["linjiang-district-2022.txt"] = linjiang_district_2022()
    for name, text in sorted(files.items()):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(text)


main()
