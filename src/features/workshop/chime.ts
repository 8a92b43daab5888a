// A short chime with the Web Audio API (no sound file to ship or load): three soft notes.
export function playChime(): boolean {
  const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Ctx) return false
  try {
    const ctx = new Ctx()
    const t0 = ctx.currentTime + 0.02
    ;[880, 660, 988].forEach((freq, i) => {
      const osc = ctx.createOscillator()
      const gain = ctx.createGain()
      osc.type = 'sine'
      osc.frequency.value = freq
      const at = t0 + i * 0.22
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5)
      osc.connect(gain).connect(ctx.destination)
      osc.start(at)
      osc.stop(at + 0.55)
    })
    setTimeout(() => void ctx.close().catch(() => {}), 1500)
    return true
  } catch {
    return false
  }
}
