// The action registry lives in editor/actions.ts (the canvas hands it its keys); features
// keep importing `registerAction` and `Action` from here.
export { ACTIONS, action, handleShortcut, registerAction, type Action, type ActionScope } from '../../editor/actions'
