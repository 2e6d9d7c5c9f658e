#!/usr/bin/env reportsh
# Checks every relation between the figures of the built-in report (随州市2023年法治政府建设年度报告)
# that its text states or implies. Run: reportsh scripts/suizhou-2023-verify.rsh
# Exit status 0: every check holds; 1: a check failed (each failure says which and why).

# 行政复议 (一/(五)/一是): 收到30件,受理27件,办结23件,撤销、确认违法、责令履行案件共4件,
# 直接纠错率为17.4%,调解结案率为73.9%.
let 收到 = m36
let 受理 = m37
let 办结 = m38
let 纠错 = m39
let 直接纠错率 = m40
let 调解结案率 = m41

# The funnel: what is received is accepted, what is accepted is concluded, some concluded are corrected.
check 收到 >= 受理 "受理不超过收到"
check 受理 >= 办结 "办结不超过受理"
check 办结 >= 纠错 "纠错不超过办结"

# The stated rates follow from the counts.
check 直接纠错率 == 纠错 / 办结 "直接纠错率 = 纠错 / 办结"
# 调解结案 is not stated as a count: 73.9% of 23 can only be 17.
solve 调解结案率 of 办结
check 调解结案率 == 17 / 办结 "调解结案率 = 17 / 办结"
# Corrected and mediated cases are both among the concluded ones.
check 纠错 + 17 <= 办结 "纠错与调解结案之和不超过办结"

# Shares are shares: none above 100%.
let 最大占比 = measures | where kind == "percent" | max value
check 最大占比 <= 100% "占比不超过100%"

# The audit of every percentage: nothing the text ties to counts disagrees with them.
let 不符 = audit | where verdict == "mismatch" or verdict == "order-violation" | count
check 不符 == 0 "审计无不符"
audit | select claim, raw, subject, verdict, formula, arithmetic
