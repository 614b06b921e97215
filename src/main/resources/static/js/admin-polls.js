// Poll form: "Thêm phương án" adds an empty option row (the form already has a few, so it works without this).
(function () {
  var button = document.querySelector('[data-poll-add-option]');
  var list = document.querySelector('[data-poll-option-rows]');
  if (!button || !list) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var rows = list.querySelectorAll('[data-poll-option-row]');
    if (rows.length >= 20) {
      return;
    }
    var row = rows[rows.length - 1].cloneNode(true);
    var n = rows.length;
    var input = row.querySelector('input[name="option"]');
    var label = row.querySelector('label');
    row.querySelector('input[name="optionId"]').value = '';
    input.value = '';
    input.id = 'option-' + n;
    label.setAttribute('for', input.id);
    label.textContent = 'Phương án ' + (n + 1);
    list.appendChild(row);
    input.focus();
  });
})();
