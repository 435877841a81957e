"""A multiple between two members' headcounts named by 生源/人数 alone (河北省生源人数是山西省的近 3.5
倍), with the college's own city (天津市, also 省内生源) as one side; a wrong 近 N 倍 names the ratio
at two places when it rounds to the stated figure."""
from claims_helpers import only, per_line


def ratio(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return only(records, "ratio")


def test_headcounts_of_provinces_named_by_their_origin(read):
    for sentence in ("河北省生源人数是山西省的近3.5倍。",
                     "河北省生源是山西省的近3.5倍。",
                     "河北省的生源约为山西省的3.3倍。",
                     "河北省毕业生人数是山西省的近3.5倍。"):
        found = ratio(read, sentence)
        assert found.verdict == "agrees", sentence
        assert found.fact.display == "3.30 倍", sentence


def test_a_wrong_near_multiple_is_found(read):
    wrong = ratio(read, "河北省生源是山西省生源的近4倍。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "3 倍")


def test_the_colleges_own_city_as_the_other_side(read):
    wrong = ratio(read, "河北省生源人数是天津市的近2倍。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "1.54 倍")
    assert "省内外生源" not in wrong.claim.scope
    assert ratio(read, "河北省生源人数约为天津市的1.5倍。").verdict == "agrees"
