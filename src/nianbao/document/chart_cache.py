"""Charts as figures of the document, drawn only when their data or style changed.

The drawing functions (charts.py) read their data through the `Indicators` they are given.
While a chart is drawn, a recorder stands in for it and notes every read and a digest of its
result. The next build replays those reads against the new data: if every result is the same,
the drawing function would draw the same picture (it is deterministic), so the images stored
the last time are used and nothing is drawn. Anything that changes the style (the source of
charts.py, chart_raster.py and the table helpers they use, Typst's version, the chart's spec in
charts.toml) changes the entry's name, so a style change redraws every chart.

Images are made only in the formats the requested outputs need: SVG for HTML and PDF, PNG
(print resolution, rasterised from the SVG by Typst, all of a build's charts at once) for DOCX. The cache lives under the project's `.nianbao/cache/charts/`
(git-ignored by `nianbao init`, never copied into the outputs); a project that cannot be
written to still builds, without the cache. Each entry is sealed with this user's key and names
the SHA-256 of its images (sealed.py): an entry or image from someone else's project folder, or
edited, is not used (the SVG goes into the published page as it is).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..errors import NianbaoError
from ..sealed import seal, unseal, user_key
from . import chart_raster
from .model import Figure
from .tables import report_years

CACHE_DIR = Path(".nianbao") / "cache" / "charts"
FORMAT_VERSION = "2"
# Reads a recorded chart may replay from the cache file: read-only lookups of Indicators only,
# so a crafted cache file cannot make a build call anything else.
REPLAYABLE = {"value", "members", "figure_groups", "figure_keys", "figure_years", "known_values", "definition",
              "year", "template"}
SVG, PNG = "svg", "png"


def image_formats(output_formats) -> set[str]:
    """The chart image formats the outputs need: SVG for HTML and PDF (Typst takes SVG), PNG for DOCX."""
    needed = set()
    for fmt in output_formats:
        if fmt in ("html", "pdf"):
            needed.add(SVG)
        elif fmt == "docx":
            needed.add(PNG)
    return needed


# ---------------------------------------------------------------- digests and the recorder


def _plain(obj):
    """A JSON-able, order-preserving form of a read's result (sets sorted: their order is arbitrary)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [type(obj).__name__] + [_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)]
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return [[_plain(k), _plain(v)] for k, v in obj.items()]
    if isinstance(obj, (set, frozenset)):
        return sorted((_plain(x) for x in obj), key=repr)
    if isinstance(obj, Decimal):
        return ["Decimal", str(obj)]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(type(obj).__name__)


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(_plain(obj), ensure_ascii=False).encode()).hexdigest()


def _encode(obj):
    """Arguments of a read, kept in JSON with their tuples intact (tuples are dictionary keys)."""
    if isinstance(obj, tuple):
        return {"tuple": [_encode(x) for x in obj]}
    if isinstance(obj, list):
        return [_encode(x) for x in obj]
    if isinstance(obj, dict):
        return {"dict": [[_encode(k), _encode(v)] for k, v in obj.items()]}
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(type(obj).__name__)


def _decode(obj):
    if isinstance(obj, list):
        return [_decode(x) for x in obj]
    if isinstance(obj, dict) and "tuple" in obj:
        return tuple(_decode(x) for x in obj["tuple"])
    if isinstance(obj, dict) and "dict" in obj:
        return {_decode(k): _decode(v) for k, v in obj["dict"]}
    return obj


class Uncacheable(Exception):
    """The drawing read something that cannot be replayed: the chart is drawn every build."""


class _Recorder:
    """Stands in for Indicators (or an object reached through it) while a chart is drawn."""

    def __init__(self, target, reads: list, path: tuple[str, ...] = ()):
        self._target, self._reads, self._path = target, reads, path

    def __getattr__(self, name: str):
        value = getattr(self._target, name)
        path = self._path + (name,)
        if callable(value):
            def call(*args, **kwargs):
                result = value(*args, **kwargs)
                self._reads.append((path, args, kwargs, result))
                return result
            return call
        try:
            _plain(value)
        except TypeError:
            return _Recorder(value, self._reads, path)  # e.g. ind.template: record what is read from it
        self._reads.append((path, None, None, value))
        return value


def _replayable(path: tuple[str, ...], args) -> bool:
    if path[0] not in REPLAYABLE or any(part.startswith("_") for part in path):
        return False
    return path[0] != "template" or args is None  # the template is read, never called


def _replay(target, path, args, kwargs):
    value = target
    for name in path:
        value = getattr(value, name)
    return value if args is None else value(*args, **kwargs)


# ---------------------------------------------------------------- the cache


@lru_cache(maxsize=1)
def style_key() -> str:
    """What the pictures depend on besides their data: the drawing code and the rasteriser."""
    here = Path(__file__).parent
    parts = [FORMAT_VERSION, metadata.version("typst")]
    parts += [(here / name).read_text(encoding="utf-8") for name in ("charts.py", "chart_raster.py", "tables.py")]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


@dataclass
class ChartStats:
    drawn: int = 0  # charts drawn (written as SVG) in this build
    reused: int = 0  # charts whose stored images were used
    seconds: float = 0.0  # time spent on charts, drawing and looking up
    # CPU seconds of the threads drawing them (the PNGs' thread waits for a core beside the writers,
    # which its wall time counts)
    cpu_seconds: float = 0.0
    drawn_ids: list[str] = field(default_factory=list)


@dataclass
class _Entry:
    reads: list  # (path, args, kwargs, digest) as stored
    digest: str  # of all the results together: names the images
    images: dict[str, bytes] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # format -> SHA-256 of the stored image


@dataclass
class _Pending:
    """A chart drawn in this build, its PNG (if needed) waiting for `ChartCache.finish()`."""
    slot: str
    entry: _Entry
    svg: str
    formats: list[str]
    targets: list[Figure]  # the document figures its images go to


def _deliver(images: dict[str, bytes], targets: list[Figure]) -> None:
    for target in targets:
        target.png, target.svg = images.get(PNG, b""), images.get(SVG, b"").decode("utf-8")


class ChartCache:
    """Figures for the charts of one build; `root` None keeps nothing between builds."""

    def __init__(self, root: Path | None, formats, warnings: list[str] | None = None):
        self._key = user_key() if root is not None else None
        self.dir = root / CACHE_DIR if self._key is not None else None
        self.formats = set(formats)
        self.warnings = warnings if warnings is not None else []
        self.stats = ChartStats()
        self._entries: dict[str, _Entry] = {}  # slot -> entry valid in this build (replayed or drawn)
        self._write_failed = False
        self._font: bool | None = None  # whether the CJK font is installed; None: not looked up yet
        self._pending: dict[str, _Pending] = {}  # slot -> chart drawn in this build, not yet delivered
        self._thread: threading.Thread | None = None  # making the PNGs beside the writers (finish)
        self._failure: BaseException | None = None

    def figure(self, ind, chart_id: str, label: str = "", into: Figure | None = None) -> Figure:
        """The chart as a document figure. Its images (and those of `into`, the block it fills) are
        set now when the cache has them, else by `finish()`, which rasterises every new chart at once."""
        start, cpu = time.perf_counter(), time.thread_time()
        spec = ind.template.charts[chart_id]
        years = report_years(ind, spec)
        caption = spec["caption"].format(year=ind.year, first_year=years[0])
        chart = Figure(label=label or chart_id, caption=caption, source=chart_source(ind, spec), spec=chart_id,
                       alt=caption)
        targets = [chart] + ([into] if into is not None else [])
        try:
            images = self._images(ind, chart_id, spec, targets)
        finally:
            self.stats.seconds += time.perf_counter() - start
            self.stats.cpu_seconds += time.thread_time() - cpu
        if images is not None:
            _deliver(images, targets)
        return chart

    def finish(self, background: bool = False) -> None:
        """Rasterise the PNGs of the charts drawn in this build (one Typst run), store, fill their figures.
        With `background`, the SVGs are delivered now and the PNGs (for DOCX only) are made in a thread,
        with the GIL released, while the HTML and the PDF are written: `wait()` before reading a PNG."""
        if not self._pending:
            return
        pending = list(self._pending.values())
        self._pending.clear()
        if not background or not any(PNG in job.formats for job in pending):
            self._complete(pending)
            return
        for job in pending:
            if SVG in job.formats:
                job.entry.images[SVG] = job.svg.encode("utf-8")
            for target in job.targets:
                target.svg = job.entry.images.get(SVG, b"").decode("utf-8")
        self._thread = threading.Thread(target=self._complete, args=(pending, True), name="nianbao-charts")
        self._thread.start()

    def wait(self) -> None:
        """Until the PNGs `finish(background=True)` started are in their figures (and stored)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure

    def _complete(self, pending: list[_Pending], in_thread: bool = False) -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            raster = [p for p in pending if PNG in p.formats]
            try:
                pngs = chart_raster.rasterise([p.svg for p in raster])
            except chart_raster.RasterError as exc:
                self._warn(f"图表无法转换为 PNG（{exc}）：DOCX 中只保留图题")
                pngs, raster = [], []
            for job, png in zip(raster, pngs):
                job.entry.images[PNG] = png
            for job in pending:
                if SVG in job.formats:
                    job.entry.images[SVG] = job.svg.encode("utf-8")
                if job.entry.reads is not None and set(job.formats) <= set(job.entry.images):
                    self._entries[job.slot] = job.entry
                    self._store(job.slot, job.entry)
                _deliver(job.entry.images, job.targets)
        except BaseException as exc:  # raised again by wait(), in the thread that builds
            if not in_thread:
                raise
            self._failure = exc
        finally:
            self.stats.seconds += time.perf_counter() - start  # counted whole, though beside other work
            self.stats.cpu_seconds += time.thread_time() - cpu

    # ------------------------------------------------ lookup

    @staticmethod
    def _slot(chart_id: str, spec: dict) -> str:
        return hashlib.sha256(f"{style_key()}\0{chart_id}\0{json.dumps(spec, sort_keys=True, default=str)}".encode()).hexdigest()

    def _images(self, ind, chart_id: str, spec: dict, targets: list[Figure]) -> dict[str, bytes] | None:
        """The images if known now; None when the chart is queued for `finish()`."""
        slot = self._slot(chart_id, spec)
        if slot in self._pending:
            self._pending[slot].targets.extend(targets)
            return None
        entry = self._entries.get(slot) or self._stored(ind, slot)
        if entry is not None:
            missing = self.formats - set(entry.images)
            for fmt in sorted(missing):
                data = self._read_image(slot, entry, fmt)
                if data is not None:
                    entry.images[fmt] = data
            if self.formats <= set(entry.images):
                self._entries[slot] = entry
                self.stats.reused += 1
                return entry.images
        self._pending[slot] = self._draw(ind, chart_id, spec, entry, slot, targets)
        return None

    def _path(self, name: str) -> Path:
        return self.dir / name

    def _stored(self, ind, slot: str) -> _Entry | None:
        """The stored entry of this slot if replaying its reads gives the same results now."""
        if self.dir is None:
            return None
        try:
            payload = unseal(self._key, self._path(f"{slot}.json").read_bytes())
            if payload is None:
                return None  # not written by this user's nianbao, or altered: draw again
            data = json.loads(payload)
            reads = [(tuple(path), _decode(args), _decode(kwargs), digest) for path, args, kwargs, digest
                     in data["reads"]]
            digest, hashes = data["digest"], {str(k): str(v) for k, v in data["images"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # no entry, or one this version cannot read: draw again
        for path, args, kwargs, expected in reads:
            if not path or not _replayable(path, args):
                return None
            try:
                if _digest(_replay(ind, path, args, kwargs or {})) != expected:
                    return None
            except (NianbaoError, AttributeError, KeyError, TypeError):
                return None  # the data no longer has what the chart read: draw it (and report why)
        return _Entry(reads=reads, digest=digest, hashes=hashes)

    def _read_image(self, slot: str, entry: _Entry, fmt: str) -> bytes | None:
        try:
            data = self._path(f"{slot}-{entry.digest[:32]}.{fmt}").read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == entry.hashes.get(fmt) else None

    # ------------------------------------------------ drawing

    def _draw(self, ind, chart_id: str, spec: dict, known: _Entry | None, slot: str,
              targets: list[Figure]) -> _Pending:
        """The chart's SVG, written now from the data (its reads recorded); its PNG comes in `finish()`."""
        from . import charts
        if self._font is None:
            self._font = chart_raster.cjk_font_available()
            if not self._font and PNG in self.formats:
                self._warn("未找到中文字体 Noto Sans CJK SC：图表中的中文可能无法显示；请安装 fonts-noto-cjk")
        reads: list = []
        chart = charts.KINDS[spec["kind"]](_Recorder(ind, reads), spec)
        have = dict(known.images) if known is not None else {}
        self.stats.drawn += 1
        self.stats.drawn_ids.append(chart_id)
        stored = [(path, _encode(args), _encode(kwargs), _digest(result)) for path, args, kwargs, result in reads]
        # Boxes instead of Chinese in the PNG (no CJK font) are not kept: installing the font fixes the next build.
        cacheable = (self._font or PNG not in self.formats) and all(_replayable(p, a) for p, a, _, _ in reads)
        digest = _digest([[list(p), a, k, d] for p, a, k, d in stored])
        same = known is not None and known.digest == digest
        if not same:
            have = {}
        # The stored images of other formats (the SVG of an HTML build when this one wants PNG) stay valid.
        entry = _Entry(reads=stored if cacheable else None, digest=digest, images=have,
                       hashes=dict(known.hashes) if same else {})
        return _Pending(slot, entry, chart.svg, sorted(self.formats - set(have)), list(targets))

    # ------------------------------------------------ storing

    def _store(self, slot: str, entry: _Entry) -> None:
        if self.dir is None or self._write_failed:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            for fmt, data in entry.images.items():
                self._write(f"{slot}-{entry.digest[:32]}.{fmt}", data)
            record = {"reads": [[list(p), a, k, d] for p, a, k, d in entry.reads], "digest": entry.digest,
                      "images": {**entry.hashes, **{fmt: hashlib.sha256(data).hexdigest()
                                                    for fmt, data in entry.images.items()}}}
            self._write(f"{slot}.json", seal(self._key, json.dumps(record, ensure_ascii=False).encode()))
            self._drop_stale(slot, entry.digest)
        except OSError as exc:
            self._write_failed = True
            self._warn(f"图表缓存无法写入（{exc.strerror}）：本次照常生成，下次构建将重新绘图")

    def _write(self, name: str, data: bytes) -> None:
        """Atomically: two builds of one project at once each see a whole file or none."""
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self._path(name))
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _drop_stale(self, slot: str, digest: str) -> None:
        keep = f"{slot}-{digest[:32]}."
        for path in self.dir.glob(f"{slot}-*"):
            if not path.name.startswith(keep):
                path.unlink(missing_ok=True)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def chart_source(ind, spec: dict) -> str:
    """The 数据来源 line under a chart."""
    if spec.get("source"):
        return spec["source"]
    if spec["kind"] in ("pie", "bar", "cohort_trend"):
        return ind.project.source_label("graduates")
    if spec["kind"] == "figure_trend":
        return ind.value(spec["items"][0]).source
    if spec.get("overall") or spec.get("indicator"):
        return ind.value(spec.get("overall") or spec["indicator"]).source
    groups = ind.figure_groups(spec["items"])
    return ind.value(spec["items"], {"group": groups[0]}).source if groups else ""


__all__ = ["ChartCache", "ChartStats", "CACHE_DIR", "image_formats", "chart_source", "style_key"]
