/* The web app (actions serve): open a speech, correct rows, download. The server keeps
   nothing: the text and the Document live here, and every correction sends them back. */
(function () {
  "use strict";
  const byId = (id) => document.getElementById(id);
  const state = { text: null, document: null, file: null, name: null, dirty: false };
  const roles = [["lead", "牵头"], ["responsible", "责任"], ["support", "配合"]];

  function showError(message) {
    const box = byId("error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  async function call(url, body, type) {
    byId("busy").hidden = false;
    try {
      let response;
      try {
        response = await fetch(url, { method: "POST", headers: { "Content-Type": type || "application/json" }, body: body });
      } catch (ignored) {
        throw new Error("连接不上 actions serve：它还在运行吗？（在终端里重新运行 actions serve）");
      }
      if (!response.ok) {
        let message = response.status + " " + response.statusText;
        try { message = (await response.json()).error || message; } catch (ignored) { /* not JSON */ }
        throw new Error(message);
      }
      return response;
    } finally {
      byId("busy").hidden = true;
    }
  }

  function show(data) {
    state.document = data.document;
    if (typeof data.text === "string") state.text = data.text;
    for (const [key, markup] of Object.entries(data.parts)) {
      const pane = byId(key);
      const top = pane.scrollTop;
      pane.innerHTML = markup;
      pane.scrollTop = top;
    }
    byId("source-name").textContent = state.document.source.name || "";
    document.body.classList.add("has-document");
    showError("");
    window.ReviewPage.applyFilters();
    if (data.selected) window.ReviewPage.selectItem(data.selected, { showText: true, showRow: true });
  }

  async function correct(actions) {
    try {
      const response = await call("/api/render", JSON.stringify({ text: state.text, document: state.document, actions: actions }));
      show(await response.json());
      if (actions.length) state.dirty = true;
    } catch (error) {
      showError(error.message);
    }
  }

  byId("open-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = byId("file").files[0];
    const pasted = byId("paste").value;
    if (!file && !pasted.trim()) { showError("请选择一个 Word 或文本文件，或者粘贴文字"); return; }
    if (state.dirty && !window.confirm("重新解析会丢掉还没有保存的校对。继续吗？")) return;
    const name = file ? file.name : "粘贴的文字.txt";
    const body = file ? file : new Blob([pasted], { type: "text/plain;charset=utf-8" });
    const query = new URLSearchParams({ name: name, date: byId("date").value });
    try {
      const response = await call("/api/open?" + query.toString(), body, "application/octet-stream");
      show(await response.json());
      state.dirty = false;
      const saved = byId("saved").files[0];
      if (saved) await loadSaved(saved);
    } catch (error) {
      showError(error.message);
    }
  });

  async function loadSaved(file) {
    let saved;
    try {
      saved = JSON.parse(await file.text());
    } catch (error) {
      showError(file.name + "：不是 JSON 文件（" + error.message + "）");
      return;
    }
    try {
      const response = await call("/api/render", JSON.stringify({ text: state.text, document: saved, actions: [] }));
      show(await response.json());
    } catch (error) {
      showError(file.name + "：" + error.message);
    }
  }

  function fileName(disposition, fallback) {
    const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition || "");
    return match ? decodeURIComponent(match[1]) : fallback;
  }

  async function download(format) {
    if (!state.document) return;
    try {
      const project = byId("project").value.trim();
      const response = await call("/api/export", JSON.stringify({ document: state.document, format: format, project: project || null }));
      const blob = await response.blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName(response.headers.get("Content-Disposition"), "任务分解表." + format);
      document.body.append(link);
      link.click();
      setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 2000);
      if (format === "json") state.dirty = false;
      showError("");
    } catch (error) {
      showError(error.message);
    }
  }

  byId("download-xlsx").addEventListener("click", () => download("xlsx"));
  byId("download-json").addEventListener("click", () => download("json"));
  byId("download-other").addEventListener("click", () => download(byId("format").value));

  window.addEventListener("beforeunload", (event) => {
    if (state.dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  /* -- the row editor ---------------------------------------------------------------------------- */

  const editor = byId("editor");
  let editing = null;
  let dueTouched = false;

  function itemById(id) { return state.document.items.find((item) => item.id === id); }

  function ownerRow(name, role) {
    const row = document.createElement("div");
    row.className = "owner-row";
    const input = document.createElement("input");
    input.type = "text";
    input.value = name || "";
    input.placeholder = "单位名称，照原文写";
    input.setAttribute("aria-label", "单位名称");
    const select = document.createElement("select");
    select.setAttribute("aria-label", "角色");
    for (const [value, label] of roles) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
    select.value = role || "responsible";
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "移除";
    remove.addEventListener("click", () => row.remove());
    row.append(input, select, remove);
    byId("editor-owners").append(row);
  }

  function openEditor(id) {
    const item = itemById(id);
    if (!item) return;
    editing = id;
    dueTouched = false;
    byId("editor-title").textContent = "校对 " + id;
    byId("editor-quote").textContent = item.text;
    byId("editor-kind").value = item.kind;
    byId("editor-owners").replaceChildren();
    item.owners.forEach((owner) => ownerRow(owner.name, owner.role));
    if (!item.owners.length) ownerRow("", "responsible");
    byId("editor-deadline").value = item.deadline ? item.deadline.text : "";
    byId("editor-due").value = item.deadline && item.deadline.due ? item.deadline.due : "";
    byId("editor-deadline-kind").value = item.deadline ? item.deadline.kind : "";
    editor.showModal();
    byId("editor-kind").focus();
  }

  byId("editor-add-owner").addEventListener("click", () => ownerRow("", "responsible"));
  byId("editor-due").addEventListener("input", () => { dueTouched = true; });
  byId("editor-deadline").addEventListener("input", () => {
    // New words, new date: unless the person set one, the server reads the due date from them.
    if (!dueTouched) byId("editor-due").value = "";
    byId("editor-deadline-kind").value = "";
  });
  byId("editor-cancel").addEventListener("click", () => editor.close());
  byId("editor-delete").addEventListener("click", () => {
    const id = editing;
    editor.close();
    if (id) remove(id);
  });
  byId("editor-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const id = editing;
    editor.close();
    if (!id) return;
    const owners = Array.from(byId("editor-owners").querySelectorAll(".owner-row"))
      .map((row) => ({ name: row.querySelector("input").value.trim(), role: row.querySelector("select").value }))
      .filter((owner) => owner.name);
    const kind = byId("editor-deadline-kind").value;
    correct([
      { action: "kind", item: id, kind: byId("editor-kind").value },
      { action: "owners", item: id, owners: owners },
      { action: "deadline", item: id, text: byId("editor-deadline").value.trim(), due: byId("editor-due").value || null, kind: kind || null },
    ]);
  });

  function remove(id) {
    const item = itemById(id);
    if (item && window.confirm("删除这一行？\n" + item.text.slice(0, 60))) correct([{ action: "delete", item: id }]);
  }

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const edit = target.closest("button[data-edit]");
    if (edit) { openEditor(edit.dataset.edit); return; }
    const del = target.closest("button[data-delete]");
    if (del) remove(del.dataset.delete);
  });

  /* -- rows from a selection of the text ------------------------------------------------------- */

  const bar = byId("selection-bar");
  let chosen = null;

  function codePoints(text) {
    let count = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit < 0xd800 || unit > 0xdbff || i + 1 === text.length) count += 1;
    }
    return count;
  }

  function offsetOf(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function selectedSpan() {
    const selection = window.getSelection();
    const pane = byId("text");
    if (!selection || selection.isCollapsed || !selection.rangeCount || state.text === null) return null;
    const range = selection.getRangeAt(0);
    if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
    const start = offsetOf(pane, range.startContainer, range.startOffset);
    const end = offsetOf(pane, range.endContainer, range.endOffset);
    return end > start ? { start: start, end: end } : null;
  }

  document.addEventListener("mouseup", (event) => {
    if (event.target instanceof Element && event.target.closest("#selection-bar")) return;
    setTimeout(() => {
      chosen = selectedSpan();
      bar.hidden = !chosen;
      if (!chosen) return;
      const box = window.getSelection().getRangeAt(0).getBoundingClientRect();
      bar.style.left = Math.max(8, Math.min(box.left, window.innerWidth - 320)) + "px";
      bar.style.top = Math.min(box.bottom + 6, window.innerHeight - 40) + "px";
      byId("recut").disabled = !window.ReviewPage.selected();
    }, 0);
  });

  bar.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || !chosen) return;
    const span = chosen;
    bar.hidden = true;
    window.getSelection().removeAllRanges();
    if (button.dataset.add) {
      correct([{ action: "add", start: span.start, end: span.end, kind: button.dataset.add }]);
    } else if (button.id === "recut" && window.ReviewPage.selected()) {
      correct([{ action: "span", item: window.ReviewPage.selected(), start: span.start, end: span.end }]);
    }
  });
})();
