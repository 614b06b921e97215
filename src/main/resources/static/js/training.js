// Registration form of a training series: hides the fields that do not apply (the producer's details, the
// organisers' conditional questions). Without JavaScript every field shows and the server decides.
(function () {
  'use strict';
  function valuesOf(form, name) {
    var out = [];
    var fields = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if ((f.type === 'radio' || f.type === 'checkbox') ? f.checked : f.value !== '') {
        out.push(f.value);
      }
    }
    return out;
  }
  function update(form) {
    var blocks = form.querySelectorAll('[data-show-field]');
    // twice, so a question that depends on a hidden one hides as well
    for (var round = 0; round < 2; round++) {
      for (var i = 0; i < blocks.length; i++) {
        var b = blocks[i];
        var field = b.getAttribute('data-show-field');
        if (!field) {
          continue;
        }
        var controller = form.querySelector('[name="' + field + '"]');
        var controllerHidden = controller && controller.closest('[hidden]');
        var show = !controllerHidden && valuesOf(form, field).indexOf(b.getAttribute('data-show-value')) >= 0;
        b.hidden = !show;
      }
    }
  }
  var forms = document.querySelectorAll('[data-training-form]');
  for (var i = 0; i < forms.length; i++) {
    (function (form) {
      form.addEventListener('change', function () { update(form); });
      update(form);
    })(forms[i]);
  }
})();
