// Modereringsstöd, records view: starts opening the archive's database while the page's own script is
// still loading, so the browser has read the database's files by the time the page asks for its first
// rows (entrypoints/records/main.tsx closes this connection then). A plain script, run as the page is
// parsed. It never creates or upgrades anything: a database that does not exist yet is left to the
// background, and an upgrade elsewhere closes this connection at once.
(function () {
  var request = indexedDB.open('modereringsstod');
  request.onupgradeneeded = function () {
    if (request.transaction) request.transaction.abort();
  };
  request.onsuccess = function () {
    var db = request.result;
    db.onversionchange = function () {
      db.close();
    };
    globalThis.msEarlyDb = db;
  };
  request.onerror = function (event) {
    event.preventDefault();
  };
})();
