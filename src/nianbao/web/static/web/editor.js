// Section editor: value picker (inserts {value}`code`), toolbar snippets, live preview (debounced).
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

  // Picker: a searchable list of indicators with Chinese names and current values.
  const picker = document.getElementById("picker");
  const q = document.getElementById("picker-q");
  const list = document.getElementById("picker-list");
  let searchTimer = null, searchSeq = 0;
  function search() {
    const mine = ++searchSeq;
    fetch(root.dataset.indicatorsUrl + "?q=" + encodeURIComponent(q.value), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (mine !== searchSeq) return;  // a newer search is on its way
        list.replaceChildren();
        data.indicators.forEach(function (row) {
          const li = document.createElement("li");
          const b = document.createElement("button");
          b.type = "button";
          b.setAttribute("role", "option");
          b.dataset.code = row.code;
          const name = document.createElement("span"); name.textContent = row.name + " ";
          const code = document.createElement("span"); code.className = "code"; code.textContent = row.code;
          const value = document.createElement("span"); value.className = "value"; value.textContent = row.value;
          b.append(name, code, value);
          b.addEventListener("click", function () { insert("{value}`" + row.code + "`"); picker.hidden = true; });
          li.append(b);
          list.append(li);
        });
      });
  }
  document.getElementById("open-picker").addEventListener("click", function () {
    picker.hidden = !picker.hidden;
    if (!picker.hidden) { q.focus(); search(); }
  });
  q.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(search, 200); });

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
