"use strict";
(() => {
  // client/webview/preview.ts
  var vscode = acquireVsCodeApi();
  var root = document.getElementById("record-root");
  var banner = document.getElementById("stale-banner");
  var state = vscode.getState() || {};
  var firstRender = true;
  var expectedScrollY = -1;
  var scrollFrame = 0;
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object") return;
    const message = data;
    if (message.type === "render") render(message);
    else if (message.type === "scrollToLine" && typeof message.line === "number") scrollToLine(message.line);
  });
  function render(message) {
    const template = document.createElement("template");
    template.innerHTML = String(message.html);
    morphChildren(root, template.content);
    if (message.notice) {
      banner.textContent = String(message.notice);
      banner.hidden = false;
    } else if (message.staleReason) {
      banner.textContent = "Showing the last version that parsed. " + message.staleReason;
      banner.hidden = false;
    } else {
      banner.hidden = true;
      banner.textContent = "";
    }
    saveState({ resource: message.resource, locked: message.locked });
    if (firstRender) {
      firstRender = false;
      if (typeof state.line === "number") scrollToLine(state.line);
    }
    vscode.postMessage({ type: "rendered", version: message.version });
  }
  function saveState(patch) {
    state = Object.assign({}, state, patch);
    vscode.setState(state);
  }
  function morphChildren(oldParent, newParent) {
    const oldNodes = Array.from(oldParent.childNodes);
    const newNodes = Array.from(newParent.childNodes);
    for (let i = 0; i < newNodes.length; i++) {
      const next = newNodes[i];
      const current = oldNodes[i];
      if (!current) oldParent.appendChild(next);
      else if (current.nodeType === next.nodeType && current.nodeName === next.nodeName) morphNode(current, next);
      else oldParent.replaceChild(next, current);
    }
    for (let i = newNodes.length; i < oldNodes.length; i++) oldParent.removeChild(oldNodes[i]);
  }
  function morphNode(current, next) {
    if (current.nodeType !== Node.ELEMENT_NODE) {
      if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
      return;
    }
    const oldElement = current;
    const newElement = next;
    for (const attribute of Array.from(oldElement.attributes)) {
      if (attribute.name === "open" && oldElement.nodeName === "DETAILS") continue;
      if (!newElement.hasAttribute(attribute.name)) oldElement.removeAttribute(attribute.name);
    }
    for (const attribute of Array.from(newElement.attributes)) {
      if (attribute.name === "open" && oldElement.nodeName === "DETAILS") continue;
      if (oldElement.getAttribute(attribute.name) !== attribute.value) oldElement.setAttribute(attribute.name, attribute.value);
    }
    morphChildren(oldElement, newElement);
  }
  function lineElements() {
    return Array.from(root.querySelectorAll("[data-start-line][data-range]"));
  }
  function linesOf(element) {
    const start = Number(element.dataset.startLine);
    const match = /^\d+:\d+-(\d+):\d+$/.exec(element.dataset.range || "");
    const end = match ? Number(match[1]) : start;
    return [start, Math.max(start, end)];
  }
  function scrollToLine(line) {
    let best;
    let bestStart = -1;
    for (const element of lineElements()) {
      const [start, end] = linesOf(element);
      if (start <= line && start >= bestStart && element.getClientRects().length > 0) {
        if (best && start === bestStart && end < line) continue;
        best = element;
        bestStart = start;
      }
    }
    saveState({ line });
    let y = 0;
    if (best) {
      const [start, end] = linesOf(best);
      const rect = best.getBoundingClientRect();
      const fraction = end > start && line <= end ? (line - start) / (end - start + 1) : 0;
      y = Math.max(0, window.scrollY + rect.top + fraction * rect.height);
    }
    if (Math.abs(window.scrollY - y) < 1) return;
    expectedScrollY = Math.round(y);
    window.scrollTo(0, y);
  }
  function lineAtTop() {
    const probe = 4;
    let best;
    let bestStart = -1;
    for (const element of lineElements()) {
      const rect = element.getBoundingClientRect();
      if (rect.height === 0 || rect.top > probe || rect.bottom <= probe) continue;
      const [start2] = linesOf(element);
      if (start2 >= bestStart) {
        best = { element, rect };
        bestStart = start2;
      }
    }
    if (!best) {
      const below = lineElements().find((element) => element.getBoundingClientRect().top > probe);
      return below ? linesOf(below)[0] : void 0;
    }
    const [start, end] = linesOf(best.element);
    const fraction = best.rect.height > 0 ? Math.max(0, probe - best.rect.top) / best.rect.height : 0;
    return Math.min(end, start + Math.floor(fraction * (end - start + 1)));
  }
  window.addEventListener("scroll", () => {
    if (expectedScrollY >= 0 && Math.abs(window.scrollY - expectedScrollY) <= 2) {
      expectedScrollY = -1;
      return;
    }
    expectedScrollY = -1;
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const line = lineAtTop();
      if (line === void 0 || line === state.line) return;
      saveState({ line });
      vscode.postMessage({ type: "revealLine", line });
    });
  });
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const link = target.closest("a[href]");
    if (link) {
      event.preventDefault();
      const href = link.getAttribute("href") || "";
      if (href.startsWith("#")) {
        const anchor = document.getElementById(href.slice(1));
        if (anchor) anchor.scrollIntoView({ block: "center" });
      } else {
        vscode.postMessage({ type: "openLink", href });
      }
      return;
    }
    if (target.closest("summary")) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    revealSourceOf(target);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !(event.target instanceof Element) || !event.target.matches(".source-link")) return;
    revealSourceOf(event.target);
  });
  function revealSourceOf(target) {
    const element = target.closest("[data-range]");
    const match = element ? /^(\d+):(\d+)-(\d+):(\d+)$/.exec(element.dataset.range || "") : null;
    if (!match) return;
    vscode.postMessage({ type: "revealRange", range: [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] });
  }
  vscode.postMessage({ type: "ready" });
})();
//# sourceMappingURL=preview.js.map
