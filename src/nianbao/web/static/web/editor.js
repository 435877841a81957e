// Section editor: the picker (values, tables, charts, cases, photos), toolbar snippets, live preview (debounced).
(function () {
  "use strict";
  const root = document.querySelector(".editor");
  if (!root) return;
  const text = document.getElementById("id_text");
  const form = document.getElementById("edit-form");
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  const state = document.getElementById("preview-state");
  const target = document.getElementById("live-preview");

  function insert(snippet) {
    const start = text.selectionStart, end = text.selectionEnd;
    text.value = text.value.slice(0, start) + snippet + text.value.slice(end);
    text.selectionStart = text.selectionEnd = start + snippet.length;
    text.focus();
    schedule();
  }
  root.querySelectorAll("[data-insert]").forEach(function (b) {
    b.addEventListener("click", function () { insert(b.dataset.insert); });
  });

  // Picker: one searchable list of values, tables, charts, cases and photos (kind tabs), usable
  // from the keyboard: arrows move, Enter inserts, Shift+Enter inserts the cross-reference, Esc closes.
  const picker = document.getElementById("picker");
  const q = document.getElementById("picker-q");
  const list = document.getElementById("picker-list");
  const pickerState = document.getElementById("picker-state");
  const kindTabs = picker.querySelectorAll("[data-kind]");
  const KIND_NAMES = {value: "数值", table: "表格", chart: "图表", case: "案例", photo: "照片"};
  let kind = "", rows = [], active = -1, searchTimer = null, searchSeq = 0;

  function choose(row, asRef) {
    closePicker();
    insert(asRef && row.ref ? row.ref : row.insert);
  }
  function mark(index) {
    const options = list.querySelectorAll("[role=option]");
    if (!options.length) { active = -1; q.removeAttribute("aria-activedescendant"); return; }
    active = (index + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
    q.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({block: "nearest"});
  }
  function span(cls, text) { const s = document.createElement("span"); s.className = cls; s.textContent = text; return s; }
  function render(data) {
    rows = data.items;
    list.replaceChildren();
    rows.forEach(function (row, i) {
      const li = document.createElement("li");
      li.id = "picker-option-" + i;
      li.setAttribute("role", "option");
      li.dataset.kind = row.kind;
      li.append(span("kind", KIND_NAMES[row.kind] || row.kind), span("number", row.number),
                span("name", row.name), span("code", row.code), span("detail", row.detail));
      li.addEventListener("mousedown", function (e) { e.preventDefault(); });  // keep the focus in the search box
      li.addEventListener("click", function (e) { choose(row, e.shiftKey); });
      list.append(li);
    });
    pickerState.textContent = rows.length ? (data.total > rows.length ? "共 " + data.total + " 项，显示前 " + rows.length + " 项" : "共 " + rows.length + " 项")
                                          : "没有符合的内容";
    mark(0);
  }
  function search() {
    const mine = ++searchSeq;
    pickerState.textContent = "正在查找…";
    const url = root.dataset.pickerUrl + "?q=" + encodeURIComponent(q.value) + "&kind=" + encodeURIComponent(kind);
    fetch(url, {credentials: "same-origin"})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { if (mine === searchSeq) render(data); })  // else a newer search is on its way
      .catch(function () { if (mine === searchSeq) pickerState.textContent = "查找失败，请稍后再试"; });
  }
  const photoUpload = document.getElementById("photo-upload");
  const photoFile = document.getElementById("photo-file");
  photoFile.addEventListener("change", function () {
    if (!photoFile.files.length) return;
    const body = new FormData();
    body.append("photo", photoFile.files[0]);
    pickerState.textContent = "正在上传…";
    fetch(photoUpload.dataset.url, {method: "POST", credentials: "same-origin", body: body, headers: {"X-CSRFToken": csrf}})
      .then(function (r) { return r.json().then(function (data) { return {ok: r.ok, data: data}; }); })
      .then(function (res) {
        photoFile.value = "";
        if (!res.ok) { pickerState.textContent = "未上传：" + res.data.error; return; }
        closePicker();
        insert(res.data.insert);
      })
      .catch(function () { pickerState.textContent = "上传失败，请稍后再试"; });
  });
  function setKind(value) {
    kind = value;
    photoUpload.hidden = kind !== "photo";
    kindTabs.forEach(function (t) { t.setAttribute("aria-selected", t.dataset.kind === kind ? "true" : "false"); });
  }
  function openPicker(value) {
    setKind(value);
    picker.hidden = false;
    q.focus();
    search();
  }
  function closePicker() { picker.hidden = true; text.focus(); }
  root.querySelectorAll("[data-picker]").forEach(function (b) {
    b.addEventListener("click", function () {
      if (!picker.hidden && kind === b.dataset.picker) closePicker(); else openPicker(b.dataset.picker);
    });
  });
  kindTabs.forEach(function (t) { t.addEventListener("click", function () { setKind(t.dataset.kind); q.focus(); search(); }); });
  q.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(search, 200); });
  picker.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { e.preventDefault(); closePicker(); }
  });
  q.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") { e.preventDefault(); mark(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); mark(active - 1); }
    else if (e.key === "Enter") { e.preventDefault(); if (active >= 0 && rows[active]) choose(rows[active], e.shiftKey); }
  });

  // Live preview: the server renders the section with the report's own HTML writer and checks.
  let timer = null, seq = 0;
  function schedule() { clearTimeout(timer); timer = setTimeout(preview, 700); }
  function preview() {
    const mine = ++seq;
    state.textContent = "正在更新预览…";
    const body = new URLSearchParams({text: text.value});
    fetch(root.dataset.previewUrl, {method: "POST", credentials: "same-origin", body: body,
                                    headers: {"X-CSRFToken": csrf}})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { if (mine === seq) { show(data); state.textContent = "预览已更新"; } })
      .catch(function () { state.textContent = "预览失败，请稍后再试"; });
  }
  function listBox(cls, title, items) {
    const box = document.createElement("div"); box.className = cls;
    const p = document.createElement("p"); const s = document.createElement("strong"); s.textContent = title;
    p.append(s); box.append(p);
    const ul = document.createElement("ul");
    items.forEach(function (it) { const li = document.createElement("li"); li.className = it.cls || ""; li.textContent = it.text; ul.append(li); });
    box.append(ul);
    return box;
  }
  function show(data) {
    target.replaceChildren();
    if (data.problems.length) target.append(listBox("problems", "无法生成预览：", data.problems.map(function (p) { return {text: p}; })));
    if (data.findings.length) target.append(listBox("findings", "检查发现 " + data.findings.length + " 个问题：",
      data.findings.map(function (f) { return {cls: f.severity, text: (f.line ? "第 " + f.line + " 行：" : "") + f.message}; })));
    if (data.page) {
      const frame = document.createElement("iframe");
      frame.className = "page-frame"; frame.setAttribute("sandbox", ""); frame.title = "章节预览";
      frame.srcdoc = data.page;
      target.append(frame);
    }
  }
  text.addEventListener("input", schedule);
  preview();
})();
