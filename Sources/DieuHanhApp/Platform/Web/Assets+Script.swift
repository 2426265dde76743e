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
        });
        """#
}
