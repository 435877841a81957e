"""Reference lists for validation: provinces, ethnic groups, and the short forms people type."""
from __future__ import annotations

PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    "台湾省", "香港特别行政区", "澳门特别行政区",
)

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
# Forms seen in national-system exports besides the bare short name.
_PROVINCE_EXTRA = {
    "广西壮族": "广西壮族自治区", "宁夏回族": "宁夏回族自治区", "新疆维吾尔": "新疆维吾尔自治区",
    "内蒙": "内蒙古自治区", "香港特区": "香港特别行政区", "澳门特区": "澳门特别行政区",
    "新疆生产建设兵团": "新疆维吾尔自治区",
}


def _province_aliases() -> dict[str, str]:
    aliases = {p: p for p in PROVINCES}
    for full in PROVINCES:
        for suffix in _PROVINCE_SUFFIXES:
            if full.endswith(suffix):
                aliases.setdefault(full[: -len(suffix)], full)
                break
    aliases.update(_PROVINCE_EXTRA)
    return aliases


PROVINCE_ALIASES = _province_aliases()

ETHNIC_GROUPS = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族",
    "基诺族",
)
ETHNIC_OTHER = ("穿青人", "其他", "外国血统中国籍人士")


def _ethnic_aliases() -> dict[str, str]:
    aliases = {e: e for e in ETHNIC_GROUPS + ETHNIC_OTHER}
    for e in ETHNIC_GROUPS:
        aliases.setdefault(e[:-1], e)  # 汉 -> 汉族, 蒙古 -> 蒙古族
    return aliases


ETHNIC_ALIASES = _ethnic_aliases()
