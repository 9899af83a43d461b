// plenum: follow the live stream of an assembly. Pages work without this
// script; with it, counts update as they change and the page reloads when
// its structure changes (a poll or an election round opens or closes, the
// floor is given, the assembly moves on). A page holding a choice being
// made (a ticked candidate) is not reloaded under the user's hands: it
// says that it changed, and reloads once the choice is sent or dropped.
(function () {
  "use strict";
  // An approval ballot takes at most data-max ticks: past them the other
  // boxes are disabled until one is unticked (the server refuses more too).
  function limit(form) {
    var max = parseInt(form.getAttribute("data-max"), 10);
    var boxes = form.querySelectorAll("input[type=checkbox]");
    var ticked = form.querySelectorAll("input[type=checkbox]:checked").length;
    for (var i = 0; i < boxes.length; i++) { boxes[i].disabled = !boxes[i].checked && ticked >= max; }
  }
  var ballots = document.querySelectorAll("form[data-max]");
  for (var b = 0; b < ballots.length; b++) {
    limit(ballots[b]);
    ballots[b].addEventListener("change", function (e) { limit(e.currentTarget); });
  }
  // A speaker's running time, counted from the server's clock (data-now is
  // the server's time when the page was made), once a second.
  var timers = document.querySelectorAll("[data-since]");
  if (timers.length) {
    var skew = Date.parse(timers[0].getAttribute("data-now")) - Date.now();
    var tick = function () {
      for (var i = 0; i < timers.length; i++) {
        var secs = Math.max(0, Math.floor((Date.now() + skew - Date.parse(timers[i].getAttribute("data-since"))) / 1000));
        var m = Math.floor(secs / 60), s = secs % 60;
        timers[i].textContent = timers[i].getAttribute("data-label").replace("{time}", m + ":" + (s < 10 ? "0" : "") + s);
      }
    };
    tick();
    window.setInterval(tick, 1000);
  }
  // The room's count: how many organisations are ticked against how many
  // votes are typed, as the desk goes (they must agree).
  var tallies = document.querySelectorAll("[data-tally]");
  for (var t = 0; t < tallies.length; t++) {
    (function (p) {
      var form = p.closest("form");
      var update = function () {
        var ticked = form.querySelectorAll("input[name=organisation]:checked").length;
        var counted = ["yes", "no", "abstain"].reduce(function (n, k) {
          var input = form.querySelector("input[name=" + k + "]");
          var v = input ? parseInt(input.value, 10) : 0;
          return n + (isNaN(v) ? 0 : v);
        }, 0);
        p.textContent = p.getAttribute("data-tally").replace("{ticked}", ticked).replace("{counted}", counted);
        p.classList.toggle("mismatch", ticked !== counted);
        p.hidden = false;
      };
      form.addEventListener("input", update);
      form.addEventListener("change", update);
      update();
    })(tallies[t]);
  }
  // A button that copies a text (a display link): hidden without the
  // script, which alone can copy; the text stays there to select by hand.
  var copies = document.querySelectorAll("button[data-copy]");
  for (var c = 0; c < copies.length; c++) {
    if (!navigator.clipboard) { break; }
    copies[c].hidden = false;
    copies[c].addEventListener("click", function (e) {
      var button = e.currentTarget;
      var source = document.querySelector(button.getAttribute("data-copy"));
      navigator.clipboard.writeText(source ? source.textContent : "").then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  }
  var root = document.querySelector("[data-live]");
  if (!root || !window.EventSource) { return; }
  var structure = root.getAttribute("data-structure");
  function shape(v) {
    var open = v.open_polls.map(function (p) { return p.id; }).join(",");
    var last = v.last_result ? v.last_result.id : "";
    var speakers = v.speakers.map(function (s) { return s.id + s.state.charAt(0); }).join(",");
    var rounds = v.open_rounds.map(function (r) { return r.id; }).join(",");
    var lastRound = v.last_round ? v.last_round.id : "";
    var item = v.current_item || "";
    return [v.state, open, last, v.quorum.quorate, speakers, rounds, lastRound, item, v.agenda_finished].join("|");
  }
  // A fresh page, without the last action's message: a "done" or "voted"
  // note belongs to the moment of the action, not to every reload after.
  function fresh() {
    var url = new URL(window.location.href);
    ["done", "voted", "org"].forEach(function (k) { url.searchParams.delete(k); });
    if (url.href === window.location.href) { window.location.reload(); } else { window.location.replace(url.href); }
  }
  function choosing() {
    return document.querySelector("form input[type=checkbox]:checked") !== null;
  }
  function set(name, value) {
    var nodes = document.querySelectorAll('[data-bind="' + name + '"]');
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = String(value); }
  }
  var changed = false;
  // A form on its way (closing a vote, casting one) wins over a reload:
  // reloading now would cancel where the form leads.
  var leaving = false;
  document.addEventListener("submit", function () { leaving = true; });
  document.addEventListener("change", function () {
    if (changed && !choosing()) { fresh(); }
  });
  var source = new EventSource(root.getAttribute("data-live"));
  source.addEventListener("snapshot", function (e) {
    var v = JSON.parse(e.data);
    if (leaving) { return; }
    if (structure && shape(v) !== structure) {
      if (!choosing()) { fresh(); return; }
      changed = true;
      var stale = document.querySelector("[data-stale]");
      if (stale) { stale.hidden = false; }
    }
    Object.keys(v.texts).forEach(function (k) { set(k, v.texts[k]); });
  });
})();
