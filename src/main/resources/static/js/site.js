// Progressive enhancement only: every feature here also works without JavaScript.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("main-menu");
    if (toggle && menu) {
      menu.classList.add("collapsed");
      toggle.addEventListener("click", function () {
        var open = menu.classList.toggle("collapsed") === false;
        toggle.setAttribute("aria-expanded", String(open));
      });
    }

    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });

    var rating = document.querySelector("[data-rating-form]");
    if (rating) {
      var clicked = null;
      rating.querySelectorAll("button[name=stars]").forEach(function (b) {
        b.addEventListener("click", function () { clicked = b.value; });
      });
      rating.addEventListener("submit", function (event) {
        event.preventDefault();
        var body = new URLSearchParams(new FormData(rating));
        body.set("stars", clicked || "");
        var notice = document.querySelector("[data-rating-notice]");
        fetch(rating.action, {
          method: "POST",
          headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
          body: body.toString(),
          credentials: "same-origin"
        }).then(function (response) {
          return response.json().catch(function () {
            return { accepted: false, message: "Không gửi được đánh giá. Vui lòng tải lại trang và thử lại." };
          });
        }).then(function (result) {
          if (result.summary) {
            document.querySelector("[data-rating-summary]").textContent = result.summary;
            document.querySelector("[data-rating-average]").textContent = result.average;
          }
          notice.textContent = result.message;
          notice.classList.toggle("error", !result.accepted);
        }).catch(function () {
          notice.textContent = "Không kết nối được máy chủ. Vui lòng thử lại.";
          notice.classList.add("error");
        });
      });
    }
  });
})();
