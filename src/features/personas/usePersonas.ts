// Live reads of the persona library: an edit saved anywhere shows at once on every board and
// list that reads it. They live with the rest of storage (src/persistence/hooks.ts).
export { useBoardPersonas, useBoardUsage, useLibrary, type BoardPersonas } from '../../persistence/hooks'
