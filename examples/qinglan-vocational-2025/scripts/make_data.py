"""Write the synthetic data of the 青岚职业技术学院 example (a made-up college): a graduate roster
drawn with a fixed seed, the majors, and the entered figures of the national indicator tables.

    python examples/qinglan-vocational-2025/scripts/make_data.py

The same seed gives the same files, byte for byte; nothing here describes a real college.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
YEAR = 2025

# department -> [(major code, major, first enrolment year, graduates)]
MAJORS = {
    "智能制造学院": [("460301", "机电一体化技术", 2008, 212), ("460305", "工业机器人技术", 2016, 138),
                  ("460701", "汽车制造与试验技术", 2012, 96)],
    "信息工程学院": [("510201", "计算机应用技术", 2006, 185), ("510205", "大数据技术", 2018, 121),
                  ("510209", "人工智能技术应用", 2020, 64)],
    "健康护理学院": [("520201", "护理", 2010, 246), ("520802", "老年保健与管理", 2019, 58)],
    "商贸物流学院": [("530802", "现代物流管理", 2009, 117), ("530701", "电子商务", 2011, 103)],
}

# (destination, weight) for each department: the mix differs a little between departments
DESTINATIONS = ["签劳动合同形式就业", "签就业协议形式就业", "其他录用形式就业", "应征义务兵", "地方基层项目",
                "自主创业", "自由职业", "境内升学", "待就业", "不就业拟升学", "其他暂不就业"]
WEIGHTS = {
    "智能制造学院": [52, 14, 9, 2, 1, 1, 3, 9, 6, 2, 1],
    "信息工程学院": [44, 12, 10, 1, 1, 2, 6, 12, 8, 3, 1],
    "健康护理学院": [58, 16, 5, 0, 2, 0, 1, 9, 6, 2, 1],
    "商贸物流学院": [46, 10, 11, 1, 1, 3, 7, 8, 9, 2, 2],
}
PROVINCES = [("湖北省", 78), ("湖南省", 5), ("河南省", 5), ("江西省", 4), ("安徽省", 3), ("四川省", 3), ("贵州省", 2)]
ETHNICITIES = [("汉族", 93), ("土家族", 5), ("苗族", 1), ("回族", 1)]
FEMALE_SHARE = {"智能制造学院": 0.12, "信息工程学院": 0.35, "健康护理学院": 0.88, "商贸物流学院": 0.55}

# 指标代码, 指标名称, 单位, 数值, 数据来源 (2025 unless a year is given)
FIGURES = [
    ("monthly_income", "毕业半年后月收入", "元", "4216", "第三方毕业生跟踪调查"),
    ("major_relevance", "专业相关度", "%", "71.36", "第三方毕业生跟踪调查"),
    ("alma_mater_satisfaction", "母校满意度", "%", "94.08", "第三方毕业生跟踪调查"),
    ("employer_satisfaction", "雇主满意度", "%", "96.50", "第三方毕业生跟踪调查"),
    ("promotion_share", "毕业三年职位晋升比例", "%", "38.20", "第三方毕业生跟踪调查"),
    ("ideological_course_satisfaction", "思想政治课教学满意度", "%", "95.12", "学校在校生满意度调查"),
    ("general_course_satisfaction", "公共基础课教学满意度", "%", "92.47", "学校在校生满意度调查"),
    ("major_course_satisfaction", "专业课教学满意度", "%", "93.85", "学校在校生满意度调查"),
    ("teacher_satisfaction", "教书育人满意度", "%", "96.03", "学校在校生满意度调查"),
    ("management_satisfaction", "管理和服务工作满意度", "%", "90.66", "学校在校生满意度调查"),
    ("aid_satisfaction", "学生资助满意度", "%", "97.40", "学校在校生满意度调查"),
    ("student_teacher_ratio", "生师比", ":1", "16.8", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("dual_qualified_share", "“双师型”教师占专业课教师比例", "%", "68.42", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("senior_title_share", "高级职称专任教师比例", "%", "31.25", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("course_hours", "教学计划内课程总学时", "学时", "38650", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("online_course_share", "线上开设课程学时占比", "%", "12.30", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("equipment_per_student", "生均教学科研仪器设备值", "元", "14870", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("workstations_per_student", "生均校内实践教学工位数", "个/生", "0.62", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("external_bases", "校外实习实训基地数", "个", "148", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("international_students", "全日制国（境）外留学生人数", "人", "12", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("international_trainees", "非全日制国（境）外人员培训量", "人日", "640", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("overseas_internship_days", "在校生服务“走出去”企业国（境）外实习时间", "人日", "0", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("teacher_overseas_days", "专任教师赴国（境）外指导和开展培训时间", "人日", "86", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("teachers_in_international_bodies", "在国（境）外组织担任职务的专任教师人数", "人", "1", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("adopted_major_standards", "开发并被国（境）外采用的专业教学标准数", "个", "1", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("adopted_course_standards", "开发并被国（境）外采用的课程标准数", "个", "4", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("overseas_contest_awards", "国（境）外技能大赛获奖数量", "项", "2", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("enrolled_student", "全日制在校生人数", "人", "4862", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("local_employment", "留在当地就业人数", "人", "902", "全国高校毕业生就业管理系统"),
    ("west_northeast_employment", "到西部地区和东北地区就业人数", "人", "37", "全国高校毕业生就业管理系统"),
    ("grassroots_employment", "到中小微企业等基层服务人数", "人", "611", "全国高校毕业生就业管理系统"),
    ("horizontal_service_income", "横向技术服务到款额", "万元", "186.40", "学校财务决算"),
    ("vertical_research_funding", "纵向科研经费到款额", "万元", "52.00", "学校财务决算"),
    ("tech_transfer_income", "技术交易到款额", "万元", "18.50", "学校财务决算"),
    ("nondegree_training_hours", "非学历培训学时", "学时", "21460", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("public_training_hours", "公益性培训服务学时", "学时", "3120", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("funding_per_student", "年生均财政拨款水平", "元", "15200", "学校财务决算"),
    ("special_funding_per_student", "年生均财政专项经费", "元", "3180", "学校财务决算"),
    ("staff_quota", "教职工额定编制数", "人", "330", "学校机构编制文件"),
    ("staff_total", "在岗教职工总数", "人", "356", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("full_time_teacher", "专任教师总数", "人", "264", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("enterprise_equipment_value", "企业提供的校内实践教学设备值", "万元", "412.00", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("enterprise_practice_days", "专任教师企业实践时间", "人日", "5230", "高等职业院校人才培养工作状态数据采集与管理平台"),
    ("part_time_teacher_hours", "企业兼职教师承担课时", "学时", "6940", "高等职业院校人才培养工作状态数据采集与管理平台"),
]


def pick(rng: random.Random, pairs):
    names, weights = zip(*pairs)
    return rng.choices(names, weights)[0]


def roster() -> list[list[str]]:
    rng = random.Random(20250630)
    rows, n = [], 0
    for department, majors in MAJORS.items():
        for _, major, _, count in majors:
            for _ in range(count):
                n += 1
                gender = "女" if rng.random() < FEMALE_SHARE[department] else "男"
                destination = rng.choices(DESTINATIONS, WEIGHTS[department])[0]
                rows.append([f"QL{YEAR}{n:05d}", gender, pick(rng, ETHNICITIES), pick(rng, PROVINCES), department,
                             major, destination])
    return rows


def write(name: str, header: list[str], rows) -> None:
    with (DATA / name).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    DATA.mkdir(exist_ok=True)
    write("graduates.csv", ["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"], roster())
    write("majors.csv", ["专业代码", "专业名称", "院系", "首次招生年份"],
          [[code, major, department, str(year)] for department, majors in MAJORS.items()
           for code, major, year, _ in majors])
    write("figures.csv", ["指标代码", "指标名称", "分组", "年份", "单位", "数值", "数据来源"],
          [[code, name, "", str(YEAR), unit, value, source] for code, name, unit, value, source in FIGURES])


if __name__ == "__main__":
    main()
