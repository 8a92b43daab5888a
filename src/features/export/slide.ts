// A slide of a deck, as every slide format (PNG files, PDF, PowerPoint) takes it.
import type { Scene } from './svg/shapes'

export type SlideAspect = '16:9' | '4:3'

export interface Slide {
  scene: Scene
  /** Editable text of the slide (PowerPoint keeps it as text boxes and notes). */
  title: string
  notes: string
}
