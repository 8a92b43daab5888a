// Registers the methods' strings under the `methods.` key prefix. Imported once by the app
// (for its side effect): the domain holds them as plain data and never imports the i18n runtime.
import { registerStrings } from '../../i18n'
import { METHODS_STRINGS } from '../../domain/methods/methodsStrings'

registerStrings('methods', METHODS_STRINGS)
