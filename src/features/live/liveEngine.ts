// What a live session runs on — Yjs, the Hocuspocus provider, the room's document in IndexedDB —
// in one module loaded with `import()` when a session starts, a join link opens or a board of a
// room is shown, so the app's first load carries none of it (npm run bench: initial JavaScript).
export { LiveSession } from '../../sync/liveSession'
export { forgetLiveDoc, persistLiveDoc } from '../../persistence/liveDoc'
