/* Article editor: choosing a known source (from the datalist) fills the source's address when none is typed.
   Without JavaScript the server does the same on save. */
(function () {
  'use strict';
  var name = document.querySelector('[data-source-name]');
  var url = document.querySelector('[data-source-url]');
  var list = document.getElementById('known-sources');
  if (!name || !url || !list) {
    return;
  }
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  name.addEventListener('change', function () {
    if (url.value.trim() !== '') {
      return;
    }
    var key = fold(name.value);
    Array.prototype.forEach.call(list.options, function (option) {
      if (fold(option.value) === key && option.getAttribute('data-url')) {
        url.value = option.getAttribute('data-url');
      }
    });
  });
})();
