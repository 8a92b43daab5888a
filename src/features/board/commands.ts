// The board's commands live in editor/commands.ts, where the canvas and the side panel both
// reach them; this path stays for the features that import them from here.
export * from '../../editor/commands'
