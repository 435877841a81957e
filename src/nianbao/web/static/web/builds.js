// Poll the builds under way and reload the page when one finishes (its downloads appear then).
(function () {
  const running = document.querySelectorAll("tr[data-build]:not([data-done='1'])");
  if (!running.length) return;
  async function poll() {
    for (const row of running) {
      const response = await fetch(`/builds/${row.dataset.build}/status`, {credentials: "same-origin"});
      if (!response.ok) continue;
      const build = await response.json();
      if (build.done) { window.location.reload(); return; }
      row.querySelector(".build-state").textContent = build.state;
      row.querySelector("progress").value = build.percent;
      row.querySelector(".build-step").textContent = build.step;
    }
    setTimeout(poll, 1000);
  }
  setTimeout(poll, 1000);
})();
