// plenum: follow the live stream of an assembly. Pages work without this
// script; with it, counts update as they change and the page reloads when
// its structure changes (a poll opens or closes, the assembly moves on).
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root || !window.EventSource) { return; }
  var structure = root.getAttribute("data-structure");
  function shape(v) {
    var open = v.open_polls.map(function (p) { return p.id; }).join(",");
    var last = v.last_result ? v.last_result.id : "";
    var speakers = v.speakers.map(function (s) { return s.id + s.state.charAt(0); }).join(",");
    return [v.state, open, last, v.quorum.quorate, speakers].join("|");
  }
  function set(name, value) {
    var nodes = document.querySelectorAll('[data-bind="' + name + '"]');
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = String(value); }
  }
  var source = new EventSource(root.getAttribute("data-live"));
  source.addEventListener("snapshot", function (e) {
    var v = JSON.parse(e.data);
    if (structure && shape(v) !== structure) { window.location.reload(); return; }
    Object.keys(v.texts).forEach(function (k) { set(k, v.texts[k]); });
  });
})();
