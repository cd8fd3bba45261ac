// The review queue's keyboard: j/k move between items, 1-4 choose a label (and its first preset reason),
// Enter saves it; Esc returns from a text field to the item. Labelling works without this script too.
Palermo.module('queue', function (main) {
  'use strict';
  var current = null;

  function items() {
    return Array.prototype.slice.call(main.querySelectorAll('.item:not(.done)'));
  }

  function select(item, focus) {
    if (current) {
      current.classList.remove('current');
    }
    current = item;
    if (item) {
      item.classList.add('current');
      if (focus) {
        item.focus();
        item.scrollIntoView({block: 'nearest'});
      }
    }
  }

  function move(delta) {
    var list = items();
    if (!list.length) {
      return;
    }
    var at = list.indexOf(current);
    var next = at < 0 ? 0 : Math.max(0, Math.min(list.length - 1, at + delta));
    select(list[next], true);
  }

  function choose(n) {
    if (!current) {
      select(items()[0], true);
    }
    if (!current) {
      return;
    }
    var radio = current.querySelectorAll('input[name=label]')[n - 1];
    if (!radio) {
      return;
    }
    radio.checked = true;
    var reason = current.querySelector('select[name=preset]');
    var group = reason && reason.querySelector('optgroup[data-label="' + radio.value + '"]');
    if (group && group.firstElementChild) {
      reason.value = group.firstElementChild.value;
    }
    if (reason) {
      reason.focus();
    }
  }

  function save() {
    var form = current && current.querySelector('form.labelform');
    if (form) {
      form.requestSubmit();
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    var typing = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type === 'text');
    if (typing) {
      if (event.key === 'Escape' && current) {
        current.focus();
      }
      return;
    }
    if (event.key === 'j') {
      move(1);
    } else if (event.key === 'k') {
      move(-1);
    } else if (event.key.length === 1 && '1234'.indexOf(event.key) >= 0) {
      choose(Number(event.key));
    } else if (event.key === 'Enter' && current
        && (target === current || target.tagName === 'SELECT' || target.type === 'radio')) {
      save();
    } else if (event.key === 'Escape' && current) {
      current.focus();
    } else {
      return;
    }
    event.preventDefault();
  });

  main.addEventListener('focusin', function (event) {
    var item = event.target.closest('.item');
    if (item && item !== current && !item.classList.contains('done')) {
      select(item, false);
    }
  });

  // After a label is saved, the item is done and the next one becomes current.
  document.body.addEventListener('htmx:afterSwap', function (event) {
    var item = event.detail.target.closest('.item');
    if (item && item.querySelector('[data-labelled]')) {
      var list = items();
      var at = list.indexOf(item);
      item.classList.add('done');
      item.classList.remove('current');
      var rest = items();
      select(rest.length ? rest[Math.min(Math.max(at, 0), rest.length - 1)] : null, true);
    }
  });

  select(items()[0], true);
});
