extension Assets {
    /// Small progressive enhancements; every page works without it.
    static let script = #"""
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          // Ask before destructive actions (buttons with data-confirm).
          document.querySelectorAll("button[data-confirm]").forEach(function (button) {
            button.addEventListener("click", function (event) {
              if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
            });
          });
          // Bring the list of form errors into view and focus, so keyboard and screen-reader users hear it.
          var summary = document.querySelector(".error-summary[tabindex]");
          if (summary) { summary.focus(); }
          // The count of what waits on the user, on "Việc cần làm" (the page does not wait for it).
          document.querySelectorAll("[data-count-from]").forEach(function (badge) {
            fetch(badge.getAttribute("data-count-from"), { credentials: "same-origin", headers: { Accept: "application/json" } })
              .then(function (response) { return response.ok ? response.json() : null; })
              .then(function (body) {
                if (!body || typeof body.count !== "number" || body.count <= 0) { return; }
                badge.textContent = body.count > 99 ? "99+" : String(body.count);
                var label = badge.getAttribute("data-label").replace("{0}", String(body.count));
                badge.setAttribute("title", label);
                badge.setAttribute("aria-label", label);
                badge.hidden = false;
              })
              .catch(function () { /* the link works without its count */ });
          });
          // The task form's units picked one by one: a search that ignores diacritics, as the server folds names.
          function fold(text) {
            return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
          }
          document.querySelectorAll("input[data-unit-filter]").forEach(function (input) {
            var options = document.querySelector('[data-unit-options="' + input.getAttribute("data-unit-filter") + '"]');
            if (!options) { return; }
            input.addEventListener("input", function () {
              var words = fold(input.value).split(/\s+/).filter(Boolean);
              options.querySelectorAll("[data-fold]").forEach(function (box) {
                var text = box.getAttribute("data-fold");
                box.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
              });
              options.querySelectorAll("fieldset").forEach(function (group) {
                group.hidden = !group.querySelector("[data-fold]:not([hidden])");
              });
            });
          });
        });
        """#
}
