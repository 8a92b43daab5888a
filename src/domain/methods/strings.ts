// Registers the methods' strings under the `methods.` key prefix. Imported once by the app
// (for its side effect); the domain modules themselves never import it.
import { registerStrings } from '../../i18n'
import { METHODS_STRINGS } from './methodsStrings'

registerStrings('methods', METHODS_STRINGS)
