// Palermo console behaviour. Loaded as a file (Content-Security-Policy: script-src 'self'); pages work without it.
(function () {
  'use strict';

  function cookie(name) {
    var found = document.cookie.split('; ').find(function (c) { return c.indexOf(name + '=') === 0; });
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }

  // htmx requests that change state carry the CSRF token from the XSRF-TOKEN cookie, as Swagger UI does.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = cookie('XSRF-TOKEN');
    if (token) {
      event.detail.headers['X-XSRF-TOKEN'] = token;
    }
  });

  // Page modules register here by the data-module attribute of <main>.
  var modules = {};
  window.Palermo = {
    module: function (name, start) { modules[name] = start; }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.getElementById('main');
    var name = main && main.getAttribute('data-module');
    if (name && modules[name]) {
      modules[name](main);
    }
  });
})();
