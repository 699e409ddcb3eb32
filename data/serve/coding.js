// coding.js: the source view of the coding workspace (/w/source), served
// from the binary under the Content-Security-Policy. It measures the
// selection (mouse or Shift+arrows) in UTF-16 units from the start of its
// paragraph (each <p data-cp> gives its first code point; the server turns
// units into code points, src/serve/selpos.c), codes it with the code typed
// (type-ahead over the codebook, recent codes first) or a recent code on
// keys 1-9, opens a panel listing every segment and suggestion on a clicked
// passage (recode, remove, memo, accept, reject), and maps Ctrl+Z / Ctrl+Y
// to undo / redo. Every change is an ordinary form post the page also
// offers without the script. A long source's other parts are fetched from
// /w/source/part as the reader nears them; nothing is fetched from elsewhere.
(function () {
  'use strict';
  var doc = document.getElementById('doc');
  var form = document.getElementById('codeform');
  if (!doc || !form) return;
  var info = document.getElementById('selinfo');
  var codein = document.getElementById('codein');
  var csrf = form.elements.csrf.value;
  var back = location.pathname + location.search;
  var sel = null;            // the last selection in the text: {p1, u1, p2, u2, n}
  var panel = null;
  form.classList.add('js');

  // The paragraph (<p data-cp>) holding node n, or null.
  function para(n) {
    for (; n && n !== doc; n = n.parentNode) {
      if (n.nodeType === 1 && n.hasAttribute('data-cp')) return n;
    }
    return null;
  }
  // UTF-16 units of the paragraph's text before (node, offset).
  function units(p, node, off) {
    var r = document.createRange();
    r.setStart(p, 0);
    r.setEnd(node, off);
    return r.toString().length;
  }
  function say(text) { info.textContent = text; }
  // This page opened at the part holding code point cp (after a change there).
  function backAt(cp) {
    var q = new URLSearchParams(location.search);
    q.delete('part'); q.delete('at'); q.delete('hl');
    q.set('at', cp);
    return location.pathname + '?' + q.toString();
  }
  // A word of the page's language (data-t-KEY of the text), else English.
  function t(key, english) { return doc.getAttribute('data-t-' + key) || english; }

  // Keep the selection while it is in the text (focusing the code field
  // clears it). Also read at a coding key, since selectionchange may not yet
  // have followed the last keyboard move.
  function keep() {
    var s = window.getSelection();
    if (!s.rangeCount) return;
    var r = s.getRangeAt(0);
    if (!doc.contains(r.commonAncestorContainer)) return;
    if (r.collapsed) { sel = null; say(''); return; }
    var pa = para(r.startContainer), pb = para(r.endContainer);
    if (!pa || !pb) { sel = null; say(t('outside', 'Select within the text.')); return; }
    sel = { p1: pa.getAttribute('data-cp'), u1: units(pa, r.startContainer, r.startOffset),
            p2: pb.getAttribute('data-cp'), u2: units(pb, r.endContainer, r.endOffset), n: r.toString().length };
    say(sel.n + ' \u2192 ' + r.toString().slice(0, 60));
  }
  document.addEventListener('selectionchange', keep);

  function known(code) {
    var o = document.querySelectorAll('#codelist option');
    for (var i = 0; i < o.length; i++) if (o[i].value === code) return true;
    return false;
  }
  // Post the form with the kept selection and code.
  function code(value) {
    if (!sel) { say(t('select', 'Select a passage first.')); return false; }
    if (value) codein.value = value;
    if (!codein.value) { codein.focus(); return false; }
    ['p1', 'u1', 'p2', 'u2'].forEach(function (k) { form.elements[k].value = sel[k]; });
    form.elements.start.value = '';
    form.elements.end.value = '';
    if (!known(codein.value)) {
      if (!window.confirm(t('create', 'Create the new code "%s"?').replace('%s', codein.value))) return false;
      var n = document.createElement('input');
      n.type = 'hidden'; n.name = 'new'; n.value = '1';
      form.appendChild(n);
    }
    form.submit();
    return true;
  }
  form.addEventListener('submit', function (e) {
    if (sel) { e.preventDefault(); code(null); }
  });
  var recent = document.querySelectorAll('#recent button');
  recent.forEach(function (b) { b.addEventListener('click', function () { code(b.getAttribute('data-code')); }); });

  // A small form posting to action with the CSRF token and fields.
  function post(action, fields, label, extra) {
    var f = document.createElement('form');
    f.method = 'post'; f.action = action;
    var all = Object.assign({ csrf: csrf, back: back }, fields);
    Object.keys(all).forEach(function (k) {
      var i = document.createElement('input');
      i.type = 'hidden'; i.name = k; i.value = all[k];
      f.appendChild(i);
    });
    if (extra) f.appendChild(extra);
    var b = document.createElement('button');
    b.type = 'submit'; b.textContent = label;
    f.appendChild(b);
    return f;
  }
  function field(tag, name, label, list) {
    var w = document.createElement('span');
    var l = document.createElement('label');
    var i = document.createElement(tag);
    i.name = name; i.required = true;
    i.id = 'pf' + Math.random().toString(36).slice(2);
    if (list) { i.setAttribute('list', list); i.autocomplete = 'off'; }
    l.htmlFor = i.id; l.textContent = label + ' ';
    w.appendChild(l); w.appendChild(i);
    return w;
  }
  function closePanel() { if (panel) { panel.remove(); panel = null; } }
  // The panel of a passage: every segment (data-s) and suggestion (data-u) on it.
  function openPanel(piece) {
    closePanel();
    panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', t('panel', 'Codes on this passage'));
    var h = document.createElement('h2');
    h.textContent = t('panel', 'Codes on this passage');
    panel.appendChild(h);
    var ul = document.createElement('ul');
    (piece.getAttribute('data-s') || '').split(' ').filter(Boolean).forEach(function (id) {
      var d = doc.querySelector('a.lab[data-g="' + id + '"]');
      if (!d) return;
      var li = document.createElement('li');
      var line = document.createElement('p');
      line.textContent = d.getAttribute('data-code') + ' \u00b7 ' + d.getAttribute('data-coder') +
        ' [' + d.getAttribute('data-a') + ', ' + d.getAttribute('data-b') + ')';
      li.appendChild(line);
      if (d.getAttribute('data-memo')) {
        var m = document.createElement('p');
        m.className = 'muted';
        m.textContent = d.getAttribute('data-memo');
        li.appendChild(m);
      }
      var at = { back: backAt(d.getAttribute('data-a')) };
      li.appendChild(post('/w/segment/recode', Object.assign({ id: id }, at), t('recode', 'Recode'), field('input', 'code', t('newcode', 'New code'), 'codelist')));
      li.appendChild(post('/w/memo', Object.assign({ kind: 'segment', target: id }, at), t('addmemo', 'Add the memo'), field('textarea', 'text', t('memo', 'Memo'))));
      li.appendChild(post('/w/segment/remove', Object.assign({ id: id }, at), t('remove', 'Remove')));
      ul.appendChild(li);
    });
    (piece.getAttribute('data-u') || '').split(' ').filter(Boolean).forEach(function (id) {
      var d = document.querySelector('.sugs li[data-u="' + id + '"] label');
      var li = document.createElement('li');
      var line = document.createElement('p');
      line.textContent = t('suggested', 'Suggested:') + ' ' + (d ? d.textContent : id);
      li.appendChild(line);
      var here = { back: backAt(para(piece).getAttribute('data-cp')) };
      li.appendChild(post('/w/suggestions', Object.assign({ id: id, do: 'accept' }, here), t('accept', 'Accept')));
      li.appendChild(post('/w/suggestions', Object.assign({ id: id, do: 'reject' }, here), t('reject', 'Reject')));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    var x = document.createElement('button');
    x.type = 'button'; x.textContent = t('close', 'Close'); x.className = 'close';
    x.addEventListener('click', closePanel);
    panel.appendChild(x);
    piece.closest('.row').after(panel);
    var first = panel.querySelector('input, textarea, button');
    if (first) first.focus();
  }
  doc.addEventListener('click', function (e) {
    var s = window.getSelection();
    if (s && !s.isCollapsed) return;
    var piece = e.target.closest && e.target.closest('span.g');
    if (piece && doc.contains(piece)) openPanel(piece);
  });

  // A long source comes in parts (<div class="part" data-part>); the page
  // holds one, and the parts before and after it are fetched and added as
  // the reader nears either end, so selection, stripes and keys work across
  // the whole text.
  var nParts = Number(doc.getAttribute('data-parts') || 1);
  if (nParts > 1 && window.IntersectionObserver && window.fetch) {
    var loading = {};
    var partQuery = new URLSearchParams(location.search);
    ['part', 'at', 'hl'].forEach(function (k) { partQuery.delete(k); });
    // The first block of the first part and the last block of the last
    // part: when either nears the screen, the part beyond it is added.
    var ends = function () {
      var parts = doc.querySelectorAll('.part');
      return { first: parts[0], last: parts[parts.length - 1] };
    };
    var seen = new IntersectionObserver(function (entries) {
      var e = ends();
      entries.forEach(function (x) {
        if (!x.isIntersecting) return;
        if (x.target === e.first.firstElementChild) addPart(Number(e.first.getAttribute('data-part')) - 1, true);
        if (x.target === e.last.lastElementChild) addPart(Number(e.last.getAttribute('data-part')) + 1, false);
      });
    }, { rootMargin: '1500px 0px' });
    var watchEnds = function () {
      var e = ends();
      seen.disconnect();
      seen.observe(e.first.firstElementChild);
      seen.observe(e.last.lastElementChild);
    };
    var addPart = function (k, before) {
      if (k < 0 || k >= nParts || loading[k]) return;
      loading[k] = true;
      partQuery.set('part', k);
      fetch('/w/source/part?' + partQuery.toString(), { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.text();
      }).then(function (html) {
        var tpl = document.createElement('template');
        tpl.innerHTML = html;
        var el = tpl.content.querySelector('.part');
        if (!el) return;
        var e = ends();
        if (before) doc.insertBefore(el, e.first); else e.last.after(el);
        watchEnds();
      }).catch(function () { loading[k] = false; });
    };
    watchEnds();
  }

  // The keyboard: Shift+arrows select in the text; 1-9, N, Enter, Ctrl+Z, Ctrl+Y.
  doc.addEventListener('keydown', function (e) {
    var arrows = { ArrowLeft: 'backward', ArrowRight: 'forward', ArrowUp: 'backward', ArrowDown: 'forward' };
    if (!(e.key in arrows) || e.altKey || e.metaKey) return;
    var s = window.getSelection();
    if (!s.rangeCount || !doc.contains(s.anchorNode)) {
      var first = doc.querySelector('p.t');
      if (!first) return;
      s.collapse(first, 0);
    }
    var unit = e.key === 'ArrowUp' || e.key === 'ArrowDown' ? 'line' : (e.ctrlKey ? 'word' : 'character');
    s.modify(e.shiftKey ? 'extend' : 'move', arrows[e.key], unit);
    e.preventDefault();
  });
  document.addEventListener('keydown', function (e) {
    var tag = e.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      if (e.key === 'Escape') { closePanel(); doc.focus(); }
      return;
    }
    if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
      var redo = e.key === 'y' || e.shiftKey;
      var b = document.getElementById(redo ? 'redo' : 'undo');
      if (b) { e.preventDefault(); b.click(); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key >= '1' && e.key <= '9' && recent[e.key - 1]) {
      e.preventDefault();
      keep();
      code(recent[e.key - 1].getAttribute('data-code'));
    } else if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      codein.focus();
    } else if (e.key === 'Enter') {
      var s = window.getSelection();
      var n = s && s.anchorNode;
      var piece = n && (n.nodeType === 1 ? n : n.parentNode).closest('span.g');
      if (piece && doc.contains(piece)) { e.preventDefault(); openPanel(piece); }
    } else if (e.key === 'Escape') {
      closePanel();
    }
  });
}());
