// The reviewer workbench: scroll the article to the highlighted span, and turn a text selection
// in the article into offsets for the correction forms. Reads text only; writes input values.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("wb-text");
  if (!box) { return; }
  var focus = document.getElementById("wb-focus");
  if (focus) { box.scrollTop = Math.max(0, focus.offsetTop - box.offsetTop - 60); }

  function offsetOf(node, offset) {
    var range = document.createRange();
    range.setStart(box, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  box.addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) { return; }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    document.querySelectorAll("[data-wb=start]").forEach(function (input) { input.value = start; });
    document.querySelectorAll("[data-wb=end]").forEach(function (input) { input.value = end; });
  });
});
