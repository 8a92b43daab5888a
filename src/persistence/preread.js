// The board a page opens on (#/board/<id>), read from IndexedDB before the app's code has come:
// vite.config.ts puts this script, as it is, at the top of index.html, where it runs while the
// app's code is fetched and compiled. It only reads: the board's row and its draft, as stored.
// ./earlyRead.ts takes what it found when it is sure (this app's database version, a row that
// needs no repair) and reads the board through Dexie otherwise. Plain script: no module, no
// import, nothing the browser has to fetch first.
;(function () {
  var m = /^#\/board\/([^/?#]+)/.exec(location.hash)
  if (!m || !window.indexedDB) return
  var id
  try {
    id = decodeURIComponent(m[1])
  } catch (e) {
    return
  }
  window.__parcoursPreread = {
    id: id,
    result: new Promise(function (done) {
      try {
        var open = indexedDB.open('parcours')
        // no database yet: it is not created here (the app creates it, with its tables)
        open.onupgradeneeded = function () {
          open.transaction.abort()
        }
        open.onerror = function (e) {
          e.preventDefault()
          done(null)
        }
        open.onsuccess = function () {
          var db = open.result
          var out = { version: db.version, row: undefined, draft: undefined }
          db.onversionchange = function () {
            db.close()
          }
          try {
            var tx = db.transaction(['boards', 'drafts'], 'readonly')
            tx.objectStore('boards').get(id).onsuccess = function (e) {
              out.row = e.target.result
            }
            tx.objectStore('drafts').get(id).onsuccess = function (e) {
              out.draft = e.target.result
            }
            tx.oncomplete = function () {
              db.close()
              done(out)
            }
            tx.onerror = tx.onabort = function () {
              db.close()
              done(null)
            }
          } catch (e) {
            db.close()
            done(null)
          }
        }
      } catch (e) {
        done(null)
      }
    }),
  }
})()
