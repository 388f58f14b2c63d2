let audioContext: AudioContext | null = null

/** Three short rising tones (about 0.6 s) made with Web Audio: no sound file to load. Fails silently. */
export function playTimesUpBeep(): void {
  try {
    audioContext ??= new AudioContext()
    const context = audioContext
    // A page nobody has clicked yet may not play sound; resuming is allowed after any earlier click.
    if (context.state === 'suspended') void context.resume().catch(() => {})
    const start = context.currentTime + 0.02
    ;[660, 880, 1100].forEach((frequency, i) => playTone(context, frequency, start + i * 0.2, 0.14))
  } catch {
    // No audio on this machine: the visual pulse is the signal.
  }
}

function playTone(context: AudioContext, frequency: number, at: number, durationS: number): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.value = frequency
  // Short attack and release, so the tone does not click.
  gain.gain.setValueAtTime(0, at)
  gain.gain.linearRampToValueAtTime(0.18, at + 0.015)
  gain.gain.setValueAtTime(0.18, at + durationS - 0.04)
  gain.gain.linearRampToValueAtTime(0, at + durationS)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(at)
  oscillator.stop(at + durationS)
}
