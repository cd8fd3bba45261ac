// The network graph: ads and identifiers as an SVG drawn here (no library), expanded one node at a time.
// Each expansion asks the server for the node's neighbours (JSON, identifiers already masked) and adds them
// around it. Nodes are buttons in the tab order (Enter or Space expands); every edge carries its reason as a
// tooltip and in the "Edges shown" list, which a screen reader announces.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var RADIUS = 170;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function start(main) {
    var box = document.getElementById('graph');
    if (!box) { return; }
    var list = document.getElementById('graph-edges');
    var url = box.getAttribute('data-neighbours');
    var nodes = {};
    var edges = {};
    box.innerHTML = '';
    var svg = el('svg', { role: 'group', 'aria-label': 'Network graph', 'aria-describedby': 'graph-help',
      viewBox: '-300 -200 600 400', class: 'graph-svg' }, box);
    var edgeLayer = el('g', { class: 'edges' }, svg);
    var nodeLayer = el('g', { class: 'nodes' }, svg);
    var status = document.createElement('p');
    status.className = 'graph-status muted';
    status.setAttribute('role', 'status');
    box.appendChild(status);

    function free(x, y) {
      return Object.keys(nodes).every(function (id) {
        var n = nodes[id];
        return Math.hypot(n.x - x, n.y - y) > 110;
      });
    }

    function place(parent, index, count) {
      var base = parent.angle === undefined ? -Math.PI / 2 : parent.angle - Math.PI / 2;
      var spread = parent.angle === undefined ? 2 * Math.PI : Math.PI;
      for (var ring = 1; ring < 6; ring++) {
        for (var tryAt = 0; tryAt < 12; tryAt++) {
          var a = base + spread * (index + 0.5 + tryAt * 0.37) / Math.max(count, 1);
          var x = parent.x + Math.cos(a) * RADIUS * ring;
          var y = parent.y + Math.sin(a) * RADIUS * ring;
          if (free(x, y)) { return { x: x, y: y, angle: a + Math.PI / 2 }; }
        }
      }
      return { x: parent.x + RADIUS, y: parent.y + RADIUS, angle: 0 };
    }

    function fit() {
      var xs = [], ys = [];
      Object.keys(nodes).forEach(function (id) { xs.push(nodes[id].x); ys.push(nodes[id].y); });
      var minX = Math.min.apply(null, xs) - 90, maxX = Math.max.apply(null, xs) + 90;
      var minY = Math.min.apply(null, ys) - 50, maxY = Math.max.apply(null, ys) + 50;
      var w = Math.max(600, maxX - minX), h = Math.max(400, maxY - minY);
      svg.setAttribute('viewBox', [minX - (w - (maxX - minX)) / 2, minY - (h - (maxY - minY)) / 2, w, h].join(' '));
    }

    function addNode(data, at) {
      if (nodes[data.id]) { return nodes[data.id]; }
      var n = { id: data.id, kind: data.kind, label: data.label, place: data.place, href: data.href, x: at.x,
        y: at.y, angle: at.angle, expanded: false };
      var full = data.label + (data.place ? ', ' + data.place : '');
      var g = el('g', { class: 'node ' + data.kind, tabindex: '0', role: 'button', 'data-node': data.id,
        'aria-label': full + ' (' + data.kind + '): show neighbours', transform: 'translate(' + n.x + ',' + n.y + ')' },
        nodeLayer);
      if (data.kind === 'ad') {
        el('circle', { r: 16 }, g);
      } else {
        el('rect', { x: -14, y: -14, width: 28, height: 28, rx: 3, transform: 'rotate(45)' }, g);
      }
      var text = el('text', { y: 34, 'text-anchor': 'middle' }, g);
      text.textContent = data.label;
      if (data.place) {
        var placeText = el('text', { y: 50, 'text-anchor': 'middle', class: 'place' }, g);
        placeText.textContent = data.place;
      }
      el('title', {}, g).textContent = full;
      g.addEventListener('click', function () { expand(n); });
      g.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          expand(n);
        }
      });
      n.element = g;
      nodes[data.id] = n;
      return n;
    }

    function addEdge(e) {
      var key = [e.from, e.to].sort().join('|');
      if (edges[key]) { return; }
      var a = nodes[e.from], b = nodes[e.to];
      var line = el('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge ' + e.reason,
        'data-edge': key }, edgeLayer);
      el('title', {}, line).textContent = a.label + ' - ' + b.label + ': ' + e.text;
      edges[key] = e;
      var item = document.createElement('li');
      item.className = 'edge-reason ' + e.reason;
      item.setAttribute('data-edge', key);
      item.textContent = a.label + ' \u2014 ' + b.label + ': ' + e.text;
      list.appendChild(item);
    }

    function showLink(n) {
      var panel = document.getElementById('graph-node-link');
      if (!panel) {
        panel = document.createElement('p');
        panel.id = 'graph-node-link';
        box.appendChild(panel);
      }
      panel.innerHTML = '';
      if (n.href) {
        var a = document.createElement('a');
        a.href = n.href;
        a.textContent = 'Open ' + n.label + (n.place ? ' (' + n.place + ')' : '');
        panel.appendChild(a);
      } else {
        panel.textContent = 'Selected ' + n.label;
      }
    }

    function expand(n) {
      showLink(n);
      if (n.expanded) { return; }
      n.expanded = true;
      n.element.classList.add('expanded');
      n.element.setAttribute('aria-label', n.label + (n.place ? ', ' + n.place : '') + ' (' + n.kind
        + '): neighbours shown');
      status.textContent = 'Loading neighbours of ' + n.label + '\u2026';
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'node=' + encodeURIComponent(n.id),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.json();
        })
        .then(function (data) {
          var added = data.neighbours.filter(function (m) { return !nodes[m.id]; });
          var i = 0;
          data.neighbours.forEach(function (m) {
            if (!nodes[m.id]) { addNode(m, place(n, i++, added.length)); }
          });
          data.edges.forEach(addEdge);
          fit();
          var more = data.total - data.neighbours.length;
          status.textContent = n.label + ': ' + data.neighbours.length + ' neighbour(s) shown'
            + (more > 0 ? ', ' + more + ' more not shown (see the table of edges)' : '') + '.';
        })
        .catch(function (err) {
          n.expanded = false;
          status.textContent = 'Could not load neighbours of ' + n.label + ' (' + err.message + ').';
        });
    }

    var first = addNode({ id: box.getAttribute('data-start-id'), kind: box.getAttribute('data-start-kind'),
      label: box.getAttribute('data-start-label'), place: box.getAttribute('data-start-place'),
      href: box.getAttribute('data-start-href') }, { x: 0, y: 0 });
    fit();
    expand(first);
  }

  if (window.Palermo) {
    window.Palermo.module('network', start);
  }
})();
