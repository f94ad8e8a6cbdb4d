// lurewatch review: one key per action. Every action is a plain form button that works
// without JavaScript; this file only presses them. Loaded from /static because the
// Content-Security-Policy allows no inline script.
(function () {
  "use strict";

  function typing(element) {
    if (!element) return false;
    var tag = element.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(document.activeElement)) {
      if (event.key === "Escape") document.activeElement.blur();
      return;
    }
    var key = (event.key || "").toLowerCase();
    if (!/^[a-z]$/.test(key)) return;
    var button = document.querySelector('button[data-key="' + key + '"]');
    if (!button || button.disabled || !button.form) return;
    event.preventDefault();
    if (button.form.requestSubmit) {
      button.form.requestSubmit(button);
    } else {
      button.click();
    }
  });

  // A form is sent once: a second key press must not decide the next item by accident.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("method") !== "post") return;
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "1";
  });
  window.addEventListener("pageshow", function () {
    var forms = document.querySelectorAll("form[data-sent]");
    for (var i = 0; i < forms.length; i++) delete forms[i].dataset.sent;
  });
})();
