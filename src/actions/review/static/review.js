/* The review page: a row click shows its text, a highlight click selects its row, filters. */
(function () {
  "use strict";
  const all = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const low = Number(document.body.dataset.lowConfidence || "0.6");
  const smooth = window.matchMedia && !window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function rows() { return all("#table tr[data-item]"); }
  function rowOf(id) { return rows().find((row) => row.dataset.item === id) || null; }
  function piecesOf(id) { return all("#text mark.item").filter((mark) => mark.dataset.item === id); }

  function flash(element) {
    element.classList.remove("flash");
    void element.offsetWidth; // restart the animation
    element.classList.add("flash");
    setTimeout(() => element.classList.remove("flash"), 1500);
  }

  function scrollTo(element, block) {
    element.scrollIntoView({ block: block, inline: "nearest", behavior: smooth ? "smooth" : "auto" });
  }

  let selected = null;
  function selectItem(id, how) {
    selected = id;
    all("#table tr.selected").forEach((row) => row.classList.remove("selected"));
    all("#text mark.item.selected").forEach((mark) => mark.classList.remove("selected"));
    const row = rowOf(id);
    const pieces = piecesOf(id);
    pieces.forEach((mark) => mark.classList.add("selected"));
    if (row) {
      row.classList.add("selected");
      if (how && how.showRow) { scrollTo(row, "nearest"); flash(row); }
    }
    if (pieces.length && how && how.showText) {
      scrollTo(pieces[0], "center");
      pieces.forEach(flash);
    }
    document.dispatchEvent(new CustomEvent("review:select", { detail: id }));
  }

  function selectionIsEmpty() {
    const selection = window.getSelection();
    return !selection || selection.isCollapsed;
  }

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const jump = target.closest("a[data-node], a[data-jump]");
    if (jump) {
      event.preventDefault();
      const place = document.getElementById(jump.dataset.node ? "node-" + jump.dataset.node : jump.dataset.jump);
      if (place) { scrollTo(place, "start"); flash(place); }
      return;
    }
    const row = target.closest("#table tr[data-item]");
    if (row) {
      if (!target.closest("button, input, select, textarea, a")) selectItem(row.dataset.item, { showText: true });
      return;
    }
    if (!target.closest("#text") || !selectionIsEmpty()) return;
    const mark = target.closest("mark.item");
    const shared = target.closest("[data-items]");
    const id = mark ? mark.dataset.item : shared ? shared.dataset.items.split(" ")[0] : null;
    if (id) selectItem(id, { showRow: true });
  });

  function checked(name) {
    const box = document.getElementById("filter-" + name);
    return Boolean(box && box.checked);
  }

  function hidden(row) {
    return (checked("task") && row.dataset.kind !== "task")
      || (checked("no-owner") && row.dataset.owners !== "0")
      || (checked("no-due") && row.dataset.due !== "0")
      || (checked("low") && Number(row.dataset.confidence) > low);
  }

  function applyFilters() {
    const list = rows();
    let shown = 0;
    for (const row of list) {
      const hide = hidden(row);
      row.hidden = hide;
      if (!hide) shown += 1;
      piecesOf(row.dataset.item).forEach((mark) => mark.classList.toggle("dimmed", hide));
    }
    const count = document.getElementById("visible-count");
    if (count) count.textContent = list.length ? "显示 " + shown + " / " + list.length + " 项" : "";
    if (selected) selectItem(selected);
  }

  document.addEventListener("change", (event) => {
    if (event.target instanceof Element && event.target.matches("input[data-filter]")) applyFilters();
  });

  window.ReviewPage = { applyFilters: applyFilters, selectItem: selectItem, selected: () => selected };
  applyFilters();
})();
