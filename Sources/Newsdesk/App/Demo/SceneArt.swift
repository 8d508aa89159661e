import Foundation

/// Deterministic generator of flat, photo-like illustrations for demo content.
///
/// Every `DemoScene` is drawn as a standalone SVG document from layered silhouettes, gradients and a
/// little film grain. The same scene and seed always produce the same bytes; different seeds vary the
/// light (day, golden hour, dusk, night, storm, overcast), the composition and the details.
/// No text is drawn, and no SVG filters are used, so files stay small (typically 10–45 KB) and cheap to render.
enum SceneArt {
    static func svg(scene: DemoScene, seed: UInt64, width: Int = 1600, height: Int = 900) -> String {
        var salt: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in scene.rawValue.utf8 { salt = (salt ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        var canvas = ArtCanvas(width: Double(max(width, 16)), height: Double(max(height, 16)), seed: seed ^ salt)
        canvas.draw(scene)
        return canvas.document(width: max(width, 16), height: max(height, 16))
    }
}

// MARK: - Randomness

private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unit() -> Double { Double(next() >> 11) / 9_007_199_254_740_992.0 }
    mutating func range(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }
    mutating func int(_ a: Int, _ b: Int) -> Int { a + Int(next() % UInt64(b - a + 1)) }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0, items.count - 1)] }
}

// MARK: - Colour

private struct RGB {
    var r: Double
    var g: Double
    var b: Double

    init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }

    static func hsl(_ h: Double, _ s: Double, _ l: Double) -> RGB {
        let hh = (h.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 360
        let ss = min(max(s, 0), 1), ll = min(max(l, 0), 1)
        if ss == 0 { return RGB(ll, ll, ll) }
        let q = ll < 0.5 ? ll * (1 + ss) : ll + ss - ll * ss
        let p = 2 * ll - q
        func channel(_ t0: Double) -> Double {
            var t = t0
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            if t < 1.0 / 6 { return p + (q - p) * 6 * t }
            if t < 0.5 { return q }
            if t < 2.0 / 3 { return p + (q - p) * (2.0 / 3 - t) * 6 }
            return p
        }
        return RGB(channel(hh + 1.0 / 3), channel(hh), channel(hh - 1.0 / 3))
    }

    static let white = RGB(1, 1, 1)
    static let black = RGB(0, 0, 0)

    func mix(_ o: RGB, _ t: Double) -> RGB {
        let k = min(max(t, 0), 1)
        return RGB(r + (o.r - r) * k, g + (o.g - g) * k, b + (o.b - b) * k)
    }

    func lighter(_ t: Double) -> RGB { mix(.white, t) }
    func darker(_ t: Double) -> RGB { mix(.black, t) }

    var hex: String {
        func h2(_ v: Double) -> String {
            let n = Int((min(max(v, 0), 1) * 255).rounded())
            let digits = Array("0123456789abcdef")
            return String([digits[n >> 4], digits[n & 15]])
        }
        return "#" + h2(r) + h2(g) + h2(b)
    }
}

private struct Stop {
    let offset: Double
    let color: RGB
    let opacity: Double
    init(_ offset: Double, _ color: RGB, _ opacity: Double = 1) {
        self.offset = offset; self.color = color; self.opacity = opacity
    }
}

private enum Mood { case day, golden, dusk, night, storm, overcast }

private struct Sky {
    let mood: Mood
    let top: RGB
    let mid: RGB
    let bottom: RGB
    let sun: RGB
    /// Colour far-away things fade into.
    let haze: RGB
    /// Overall light level, 0 (night) … 1 (bright day).
    let light: Double
}

// MARK: - Canvas

private struct ArtCanvas {
    let w: Double
    let h: Double
    var rng: SplitMix64
    var defs: String = ""
    var body: String = ""
    var nextID: Int = 0
    var sky: Sky = Sky(mood: .day, top: .white, mid: .white, bottom: .white, sun: .white, haze: .white, light: 1)

    init(width: Double, height: Double, seed: UInt64) {
        w = width; h = height
        rng = SplitMix64(state: seed)
        _ = rng.next()
    }

    // MARK: Output helpers

    func n(_ v: Double) -> String {
        // Whole pixels are plenty for large coordinates; keep one decimal for small offsets.
        let r = abs(v) < 10 ? (v * 10).rounded() / 10 : v.rounded()
        if r == r.rounded(.towardZero), abs(r) < 1e9 { return String(Int(r)) }
        return String(r)
    }

    mutating func id(_ prefix: String) -> String {
        nextID += 1
        return "\(prefix)\(nextID)"
    }

    mutating func add(_ s: String) { body += s; body += "\n" }

    func op(_ o: Double) -> String { o >= 0.999 ? "" : " opacity=\"\(n2(o))\"" }
    func n2(_ v: Double) -> String { String(Double((v * 100).rounded()) / 100) }

    mutating func linear(_ stops: [Stop], x1: Double = 0, y1: Double = 0, x2: Double = 0, y2: Double = 1, user: Bool = false) -> String {
        let gid = id("g")
        var s = "<linearGradient id=\"\(gid)\" x1=\"\(user ? n(x1) : n2(x1))\" y1=\"\(user ? n(y1) : n2(y1))\" x2=\"\(user ? n(x2) : n2(x2))\" y2=\"\(user ? n(y2) : n2(y2))\""
        if user { s += " gradientUnits=\"userSpaceOnUse\"" }
        s += ">"
        for st in stops {
            s += "<stop offset=\"\(n2(st.offset))\" stop-color=\"\(st.color.hex)\""
            if st.opacity < 0.999 { s += " stop-opacity=\"\(n2(st.opacity))\"" }
            s += "/>"
        }
        defs += s + "</linearGradient>\n"
        return "url(#\(gid))"
    }

    mutating func radial(_ stops: [Stop], cx: Double, cy: Double, r: Double, user: Bool = true) -> String {
        let gid = id("r")
        var s = "<radialGradient id=\"\(gid)\" cx=\"\(user ? n(cx) : n2(cx))\" cy=\"\(user ? n(cy) : n2(cy))\" r=\"\(user ? n(r) : n2(r))\""
        if user { s += " gradientUnits=\"userSpaceOnUse\"" }
        s += ">"
        for st in stops {
            s += "<stop offset=\"\(n2(st.offset))\" stop-color=\"\(st.color.hex)\""
            if st.opacity < 0.999 { s += " stop-opacity=\"\(n2(st.opacity))\"" }
            s += "/>"
        }
        defs += s + "</radialGradient>\n"
        return "url(#\(gid))"
    }

    mutating func rect(_ x: Double, _ y: Double, _ rw: Double, _ rh: Double, _ fill: String, _ o: Double = 1, rx: Double = 0) {
        let corner = rx > 0 ? " rx=\"\(n(rx))\"" : ""
        add("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(rw))\" height=\"\(n(rh))\"\(corner) fill=\"\(fill)\"\(op(o))/>")
    }

    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, _ fill: String, _ o: Double = 1) {
        add("<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(fill)\"\(op(o))/>")
    }

    mutating func ellipse(_ cx: Double, _ cy: Double, _ rx: Double, _ ry: Double, _ fill: String, _ o: Double = 1) {
        add("<ellipse cx=\"\(n(cx))\" cy=\"\(n(cy))\" rx=\"\(n(rx))\" ry=\"\(n(ry))\" fill=\"\(fill)\"\(op(o))/>")
    }

    mutating func path(_ d: String, _ fill: String, _ o: Double = 1) {
        if d.isEmpty { return }
        add("<path d=\"\(d)\" fill=\"\(fill)\"\(op(o))/>")
    }

    mutating func stroke(_ d: String, _ color: String, _ width: Double, _ o: Double = 1, round: Bool = true) {
        if d.isEmpty { return }
        let cap = round ? " stroke-linecap=\"round\" stroke-linejoin=\"round\"" : ""
        add("<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(n(width))\"\(cap)\(op(o))/>")
    }

    func poly(_ pts: [(Double, Double)]) -> String {
        guard let first = pts.first else { return "" }
        var d = "M\(n(first.0)) \(n(first.1))"
        for p in pts.dropFirst() { d += "L\(n(p.0)) \(n(p.1))" }
        return d + "Z"
    }

    func box(_ x: Double, _ y: Double, _ bw: Double, _ bh: Double) -> String {
        "M\(n(x)) \(n(y))h\(n(bw))v\(n(bh))h\(n(-bw))z"
    }

    // MARK: Document

    mutating func document(width: Int, height: Int) -> String {
        finish()
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" preserveAspectRatio=\"xMidYMid slice\">\n<defs>\n\(defs)</defs>\n\(body)</svg>\n"
    }

    /// Vignette and film grain, applied over every scene.
    mutating func finish() {
        let warm = sky.mood == .golden || sky.mood == .dusk
        if warm {
            let glow = linear([Stop(0, sky.sun, 0.0), Stop(0.7, sky.sun, 0.05), Stop(1, sky.sun, 0.12)])
            rect(0, 0, w, h, glow)
        }
        let vignette = radial([Stop(0, .black, 0), Stop(0.62, .black, 0), Stop(1, .black, 0.5)],
                              cx: w / 2, cy: h * 0.48, r: hypot(w, h) * 0.56)
        rect(0, 0, w, h, vignette)
        // Grain: a small tile of faint specks repeated over the image.
        let tile = 96.0
        var light = "", dark = ""
        for i in 0..<70 {
            let x = rng.range(0, tile), y = rng.range(0, tile), s = rng.range(0.8, 1.8)
            if i % 2 == 0 { light += box(x, y, s, s) } else { dark += box(x, y, s, s) }
        }
        let pid = id("p")
        defs += "<pattern id=\"\(pid)\" width=\"\(n(tile))\" height=\"\(n(tile))\" patternUnits=\"userSpaceOnUse\"><path d=\"\(light)\" fill=\"#fff\" opacity=\"0.09\"/><path d=\"\(dark)\" fill=\"#000\" opacity=\"0.11\"/></pattern>\n"
        rect(0, 0, w, h, "url(#\(pid))")
    }

    // MARK: Sky

    mutating func makeSky(_ mood: Mood) -> Sky {
        let j = rng.range(-12, 12)
        switch mood {
        case .day:
            return Sky(mood: mood, top: .hsl(212 + j, 0.62, 0.46), mid: .hsl(205 + j, 0.55, 0.66), bottom: .hsl(200 + j, 0.45, 0.84),
                       sun: .hsl(50, 1, 0.93), haze: .hsl(205 + j, 0.35, 0.8), light: 1)
        case .golden:
            return Sky(mood: mood, top: .hsl(215 + j, 0.42, 0.5), mid: .hsl(30 + j * 0.5, 0.55, 0.74), bottom: .hsl(36 + j * 0.5, 0.9, 0.72),
                       sun: .hsl(42, 1, 0.8), haze: .hsl(32 + j * 0.5, 0.6, 0.72), light: 0.8)
        case .dusk:
            return Sky(mood: mood, top: .hsl(240 + j, 0.42, 0.2), mid: .hsl(320 + j, 0.38, 0.46), bottom: .hsl(24 + j * 0.5, 0.88, 0.62),
                       sun: .hsl(28, 1, 0.72), haze: .hsl(340 + j, 0.3, 0.5), light: 0.45)
        case .night:
            return Sky(mood: mood, top: .hsl(228 + j, 0.5, 0.06), mid: .hsl(225 + j, 0.42, 0.13), bottom: .hsl(220 + j, 0.38, 0.24),
                       sun: .hsl(48, 0.5, 0.9), haze: .hsl(222 + j, 0.3, 0.2), light: 0.1)
        case .storm:
            return Sky(mood: mood, top: .hsl(215 + j, 0.14, 0.16), mid: .hsl(210 + j, 0.12, 0.3), bottom: .hsl(200 + j, 0.14, 0.46),
                       sun: .hsl(200, 0.3, 0.8), haze: .hsl(205 + j, 0.12, 0.38), light: 0.3)
        case .overcast:
            return Sky(mood: mood, top: .hsl(212 + j, 0.14, 0.6), mid: .hsl(210 + j, 0.14, 0.75), bottom: .hsl(205 + j, 0.16, 0.86),
                       sun: .hsl(50, 0.3, 0.95), haze: .hsl(208 + j, 0.14, 0.8), light: 0.7)
        }
    }

    /// Paints the sky down to `horizon` (and below, so nothing is left blank). Returns the sun position.
    @discardableResult
    mutating func paintSky(_ mood: Mood, horizon: Double, sunX: Double? = nil, clouds: Int? = nil) -> (Double, Double) {
        sky = makeSky(mood)
        let fill = linear([Stop(0, sky.top), Stop(0.62, sky.mid), Stop(1, sky.bottom)], x1: 0, y1: 0, x2: 0, y2: horizon, user: true)
        rect(0, 0, w, h, fill)
        let sx = sunX ?? rng.range(w * 0.15, w * 0.85)
        var sy: Double
        switch mood {
        case .day: sy = rng.range(h * 0.1, horizon * 0.45)
        case .golden: sy = rng.range(horizon * 0.55, horizon * 0.85)
        case .dusk: sy = horizon - rng.range(0, h * 0.04)
        case .night: sy = rng.range(h * 0.1, horizon * 0.45)
        case .storm, .overcast: sy = rng.range(h * 0.1, horizon * 0.5)
        }
        if mood == .night {
            stars(count: rng.int(110, 170), maxY: horizon)
            let glow = radial([Stop(0, sky.sun, 0.35), Stop(0.35, sky.sun, 0.08), Stop(1, sky.sun, 0)], cx: sx, cy: sy, r: h * 0.45)
            rect(0, 0, w, h, glow)
            moon(sx, sy, h * rng.range(0.035, 0.055))
        } else if mood == .storm || mood == .overcast {
            let glow = radial([Stop(0, sky.sun, 0.35), Stop(1, sky.sun, 0)], cx: sx, cy: sy, r: h * 0.6)
            rect(0, 0, w, h, glow)
        } else {
            let reach = mood == .day ? 0.45 : 0.75
            let glow = radial([Stop(0, sky.sun, 0.85), Stop(0.12, sky.sun, 0.45), Stop(1, sky.sun, 0)], cx: sx, cy: sy, r: h * reach)
            rect(0, 0, w, h, glow)
            circle(sx, sy, h * (mood == .day ? 0.045 : 0.06), sky.sun.lighter(0.5).hex)
        }
        let count = clouds ?? (mood == .overcast ? rng.int(5, 8) : rng.int(2, 6))
        for _ in 0..<count {
            cloud(rng.range(-w * 0.05, w * 1.05), rng.range(h * 0.06, horizon * 0.7), rng.range(0.6, 1.5))
        }
        return (sx, sy)
    }

    mutating func stars(count: Int, maxY: Double) {
        var small = "", big = ""
        for i in 0..<count {
            let x = rng.range(0, w), y = rng.range(0, maxY) * rng.range(0.55, 1)
            let r = i % 9 == 0 ? rng.range(1.6, 2.4) : rng.range(0.6, 1.3)
            let d = "M\(n(x - r)) \(n(y))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0"
            if i % 9 == 0 { big += d } else { small += d }
        }
        path(small, "#fff", 0.55)
        path(big, "#fff", 0.9)
    }

    mutating func moon(_ x: Double, _ y: Double, _ r: Double) {
        let face = radial([Stop(0, RGB.hsl(48, 0.35, 0.96)), Stop(1, RGB.hsl(45, 0.25, 0.8))], cx: x - r * 0.3, cy: y - r * 0.3, r: r * 1.4)
        circle(x, y, r, face)
        var craters = ""
        for _ in 0..<5 {
            let a = rng.range(0, 2 * .pi), d = rng.range(0, r * 0.6), cr = rng.range(r * 0.08, r * 0.22)
            let cx = x + cos(a) * d, cy = y + sin(a) * d
            craters += "M\(n(cx - cr)) \(n(cy))a\(n(cr)) \(n(cr)) 0 1 0 \(n(2 * cr)) 0a\(n(cr)) \(n(cr)) 0 1 0 \(n(-2 * cr)) 0"
        }
        path(craters, RGB.hsl(40, 0.12, 0.62).hex, 0.35)
    }

    mutating func cloud(_ cx: Double, _ cy: Double, _ scale: Double) {
        let base: RGB, lit: RGB, alpha: Double
        switch sky.mood {
        case .day: base = RGB.hsl(210, 0.2, 0.86); lit = .white; alpha = 0.85
        case .golden: base = sky.mid.mix(RGB.hsl(20, 0.4, 0.6), 0.3); lit = sky.sun.lighter(0.4); alpha = 0.75
        case .dusk: base = sky.mid.darker(0.25); lit = sky.bottom.lighter(0.15); alpha = 0.7
        case .night: base = sky.mid.lighter(0.06); lit = sky.bottom.lighter(0.12); alpha = 0.45
        case .storm: base = sky.top.darker(0.2); lit = sky.mid.lighter(0.1); alpha = 0.9
        case .overcast: base = sky.mid.darker(0.08); lit = sky.bottom.lighter(0.3); alpha = 0.8
        }
        let cw = 180 * scale * (w / 1600), ch = 48 * scale * (h / 900)
        var lower = "", upper = ""
        let puffs = rng.int(4, 7)
        for i in 0..<puffs {
            let t = Double(i) / Double(puffs - 1) - 0.5
            let px = cx + t * cw * 1.6 + rng.range(-cw * 0.1, cw * 0.1)
            let pr = ch * (1.1 - abs(t) * 1.1) * rng.range(0.8, 1.3) + ch * 0.3
            let py = cy - pr * 0.35
            lower += "M\(n(px - pr * 1.3)) \(n(py + ch * 0.18))a\(n(pr * 1.3)) \(n(pr)) 0 1 0 \(n(2.6 * pr)) 0a\(n(pr * 1.3)) \(n(pr)) 0 1 0 \(n(-2.6 * pr)) 0"
            upper += "M\(n(px - pr * 1.1)) \(n(py - ch * 0.08))a\(n(pr * 1.1)) \(n(pr * 0.8)) 0 1 0 \(n(2.2 * pr)) 0a\(n(pr * 1.1)) \(n(pr * 0.8)) 0 1 0 \(n(-2.2 * pr)) 0"
        }
        path(lower, base.hex, alpha)
        path(upper, lit.hex, alpha * 0.8)
    }

    /// A colour for something at `depth` (0 far … 1 near): near colours fade into the haze with distance.
    func fade(_ near: RGB, _ depth: Double) -> RGB {
        near.mix(sky.haze, (1 - depth) * 0.8)
    }

    /// Scales a colour by the scene's light level (dark at night, muted in storms).
    func lit(_ c: RGB) -> RGB {
        switch sky.mood {
        case .day: return c
        case .golden: return c.mix(RGB.hsl(30, 0.6, 0.45), 0.18)
        case .dusk: return c.mix(RGB.hsl(280, 0.35, 0.18), 0.5)
        case .night: return c.mix(RGB.hsl(230, 0.4, 0.07), 0.78)
        case .storm: return c.mix(RGB.hsl(210, 0.12, 0.2), 0.45)
        case .overcast: return c.mix(RGB.hsl(210, 0.1, 0.55), 0.25)
        }
    }

    // MARK: Terrain helpers

    /// Midpoint-displacement profile: `count + 1` y values across the width.
    mutating func profile(count: Int = 64, base: Double, amplitude: Double, roughness: Double = 0.55) -> [Double] {
        var ys = [Double](repeating: 0, count: count + 1)
        ys[0] = rng.range(-0.8, 0.8)
        ys[count] = rng.range(-0.8, 0.8)
        var step = count, scale = 1.0
        while step > 1 {
            let half = step / 2
            var i = half
            while i < count {
                ys[i] = (ys[i - half] + ys[i + half]) / 2 + rng.range(-1, 1) * scale
                i += step
            }
            step = half
            scale *= roughness
        }
        return ys.map { base - max(min($0, 1.6), -1.6) * amplitude }
    }

    func x(of index: Int, in ys: [Double]) -> Double { Double(index) * w / Double(ys.count - 1) }

    func height(at px: Double, in ys: [Double]) -> Double {
        let t = min(max(px / w, 0), 1) * Double(ys.count - 1)
        let i = min(Int(t), ys.count - 2)
        let f = t - Double(i)
        return ys[i] * (1 - f) + ys[i + 1] * f
    }

    func jagged(_ ys: [Double], bottom: Double) -> String {
        var d = "M0 \(n(bottom))"
        for (i, y) in ys.enumerated() { d += "L\(n(x(of: i, in: ys))) \(n(y))" }
        return d + "L\(n(w)) \(n(bottom))Z"
    }

    func smooth(_ ys: [Double], bottom: Double) -> String {
        var d = "M0 \(n(bottom))L0 \(n(ys[0]))"
        for i in 1..<ys.count {
            let px = x(of: i - 1, in: ys), cx = x(of: i, in: ys)
            let mx = (px + cx) / 2, my = (ys[i - 1] + ys[i]) / 2
            d += "Q\(n(px)) \(n(ys[i - 1])) \(n(mx)) \(n(my))"
        }
        return d + "L\(n(w)) \(n(ys[ys.count - 1]))L\(n(w)) \(n(bottom))Z"
    }

    mutating func mist(at y: Double, thickness: Double, opacity: Double) {
        let g = linear([Stop(0, sky.haze, 0), Stop(0.55, sky.haze, opacity), Stop(1, sky.haze, 0)])
        rect(0, y - thickness / 2, w, thickness, g)
    }

    /// Two-tone conifer (lit left half, shaded right half) appended to the given path strings.
    func conifer(_ cx: Double, _ base: Double, _ th: Double, tiers: Int, left: inout String, right: inout String) {
        let hw = th * 0.3
        let top = base - th
        var rightPts: [(Double, Double)] = [(cx, top)]
        for k in 1...tiers {
            let f = Double(k) / Double(tiers)
            let ty = top + th * 0.86 * f
            rightPts.append((cx + hw * f, ty))
            if k < tiers { rightPts.append((cx + hw * f * 0.5, ty - th * 0.02)) }
        }
        rightPts.append((cx + th * 0.03, top + th * 0.86))
        rightPts.append((cx + th * 0.03, base))
        rightPts.append((cx, base))
        right += poly(rightPts)
        left += poly(rightPts.map { (2 * cx - $0.0, $0.1) })
    }

    /// Head-and-shoulders silhouette appended to `d`; (x, y) is the bottom centre, s the height.
    func person(_ px: Double, _ py: Double, _ s: Double, into d: inout String) {
        let sw = s * 0.44
        d += "M\(n(px - sw)) \(n(py))L\(n(px - sw * 0.92)) \(n(py - s * 0.42))Q\(n(px - sw * 0.85)) \(n(py - s * 0.62)) \(n(px - sw * 0.4)) \(n(py - s * 0.64))"
        d += "L\(n(px + sw * 0.4)) \(n(py - s * 0.64))Q\(n(px + sw * 0.85)) \(n(py - s * 0.62)) \(n(px + sw * 0.92)) \(n(py - s * 0.42))L\(n(px + sw)) \(n(py))Z"
        let hr = s * 0.17, hy = py - s * 0.82
        d += "M\(n(px - hr)) \(n(hy))a\(n(hr)) \(n(hr * 1.15)) 0 1 0 \(n(2 * hr)) 0a\(n(hr)) \(n(hr * 1.15)) 0 1 0 \(n(-2 * hr)) 0"
        d += "M\(n(px - hr * 0.5)) \(n(hy + hr))h\(n(hr))v\(n(s * 0.12))h\(n(-hr))z"
    }

    /// Building block with a window grid; windows lit at dusk/night, glinting by day.
    mutating func building(_ bx: Double, _ top: Double, _ bw: Double, _ bottom: Double, facade: RGB, depth: Double, cell: (Double, Double)) {
        let wall = fade(lit(facade), depth)
        let shadeW = bw * rng.range(0.18, 0.35)
        rect(bx, top, bw, bottom - top, wall.hex)
        rect(bx + bw - shadeW, top, shadeW, bottom - top, wall.darker(0.22).hex)
        let cols = Int((bw - 8) / cell.0), rows = Int((bottom - top - 10) / cell.1)
        guard cols > 0, rows > 0 else { return }
        let ox = bx + (bw - Double(cols) * cell.0) / 2, oy = top + 8
        let ww = cell.0 * 0.55, wh = cell.1 * 0.55
        var litD = "", darkD = ""
        let night = sky.mood == .night || sky.mood == .dusk || sky.mood == .storm
        let p = sky.mood == .night ? 0.42 : (sky.mood == .dusk ? 0.3 : 0.12)
        for r in 0..<rows {
            for c in 0..<cols {
                let wx = ox + Double(c) * cell.0 + (cell.0 - ww) / 2, wy = oy + Double(r) * cell.1
                if night {
                    if rng.chance(p) { litD += box(wx, wy, ww, wh) } else if rng.chance(0.5) { darkD += box(wx, wy, ww, wh) }
                } else {
                    if rng.chance(0.25) { litD += box(wx, wy, ww, wh) } else { darkD += box(wx, wy, ww, wh) }
                }
            }
        }
        if night {
            path(darkD, wall.darker(0.35).hex, 0.8)
            path(litD, fade(RGB.hsl(rng.range(36, 48), 0.9, 0.68), 0.5 + depth / 2).hex, 0.95)
        } else {
            path(darkD, wall.darker(0.3).hex, 0.7)
            path(litD, sky.mid.lighter(0.3).hex, 0.75)
        }
    }

    // MARK: Scenes

    mutating func draw(_ scene: DemoScene) {
        switch scene {
        case .city: city()
        case .skyline: skyline()
        case .mountains: mountains()
        case .sea: sea()
        case .harbour: harbour()
        case .parliament: parliament()
        case .crowd: crowd()
        case .stadium: stadium()
        case .laboratory: laboratory()
        case .forest: forest()
        case .desert: desert()
        case .night: nightScene()
        case .storm: storm()
        case .field: field()
        case .market: market()
        case .railway: railway()
        case .airport: airport()
        case .snow: snow()
        }
    }

    mutating func mountains() {
        let horizon = h * rng.range(0.5, 0.62)
        paintSky(rng.pick([.day, .day, .golden, .dusk, .overcast]), horizon: horizon)
        let layers = rng.int(4, 5)
        let rock = RGB.hsl(rng.range(205, 235), rng.range(0.12, 0.25), rng.range(0.22, 0.32))
        for i in 0..<layers {
            let depth = Double(i) / Double(layers - 1)
            let base = horizon - h * 0.18 + depth * h * 0.32
            let amp = h * (0.2 - depth * 0.1) * rng.range(0.8, 1.2)
            let ys = profile(count: 64, base: base, amplitude: amp, roughness: i == 0 ? 0.58 : 0.5)
            let color = fade(lit(rock.mix(RGB.hsl(130, 0.2, 0.2), depth * 0.5)), depth)
            if i <= 1 {
                let peak = ys.min() ?? base
                let snowLine = (peak - (base - amp)) / max(h - (base - amp), 1)
                let snowColor = fade(lit(RGB.hsl(210, 0.3, 0.96)), depth)
                let fill = linear([Stop(0, snowColor), Stop(max(0.02, snowLine + 0.06), snowColor), Stop(max(0.05, snowLine + 0.16), color), Stop(1, color)],
                                  x1: 0, y1: peak, x2: 0, y2: h, user: true)
                path(jagged(ys, bottom: h), fill)
                // shaded flanks: a darker copy offset to the right
                let shadow = ys.enumerated().map { (i2, y) -> Double in
                    let next = ys[min(i2 + 1, ys.count - 1)]
                    return next < y ? y : y + 2
                }
                path(jagged(shadow, bottom: h), color.darker(0.18).hex, 0.35)
            } else {
                path(jagged(ys, bottom: h), color.hex)
            }
            if i < layers - 1 { mist(at: base + amp * 0.2, thickness: h * 0.12, opacity: 0.35) }
        }
        if rng.chance(0.6) {
            var l = "", r = ""
            let treeBase = h * 0.97
            var tx = rng.range(-20, 40)
            while tx < w + 30 {
                conifer(tx, treeBase + rng.range(-6, 10), h * rng.range(0.12, 0.22), tiers: 4, left: &l, right: &r)
                tx += rng.range(22, 60) * (w / 1600)
            }
            let tree = lit(RGB.hsl(150, 0.3, 0.16))
            path(r, tree.darker(0.3).hex)
            path(l, tree.hex)
        }
    }

    mutating func forest() {
        let horizon = h * rng.range(0.45, 0.58)
        paintSky(rng.pick([.day, .golden, .overcast, .dusk, .overcast]), horizon: horizon)
        let hills = profile(count: 32, base: horizon, amplitude: h * 0.06, roughness: 0.45)
        path(smooth(hills, bottom: h), fade(lit(RGB.hsl(160, 0.2, 0.3)), 0).hex)
        let green = RGB.hsl(rng.range(135, 165), rng.range(0.25, 0.4), rng.range(0.18, 0.26))
        let layers = 4
        for i in 0..<layers {
            let depth = (Double(i) + 1) / Double(layers)
            let ground = profile(count: 32, base: horizon + h * (0.02 + depth * depth * 0.4), amplitude: h * 0.03, roughness: 0.45)
            let c = fade(lit(green), depth)
            var l = "", r = ""
            var tx = rng.range(-30, 10)
            let size = h * (0.08 + depth * depth * 0.45)
            while tx < w + 40 {
                let gy = height(at: tx, in: ground)
                conifer(tx, gy + 4, size * rng.range(0.7, 1.25), tiers: i == layers - 1 ? 5 : 4, left: &l, right: &r)
                tx += size * rng.range(0.18, 0.42)
            }
            path(smooth(ground, bottom: h), c.darker(0.15).hex)
            path(r, c.darker(0.18).hex)
            path(l, c.mix(sky.sun, 0.08).hex)
            if i < layers - 1 { mist(at: horizon + h * (0.04 + depth * depth * 0.4), thickness: h * 0.16, opacity: 0.45) }
        }
    }

    mutating func desert() {
        let horizon = h * rng.range(0.5, 0.62)
        paintSky(rng.pick([.day, .golden, .golden, .dusk]), horizon: horizon, clouds: rng.int(0, 2))
        let hue = rng.range(24, 38)
        let far = profile(count: 16, base: horizon, amplitude: h * 0.03, roughness: 0.4)
        path(smooth(far, bottom: h), fade(lit(RGB.hsl(hue, 0.45, 0.6)), 0.1).hex)
        let layers = 4
        for i in 0..<layers {
            let depth = (Double(i) + 1) / Double(layers)
            let baseY = horizon + h * (0.04 + depth * depth * 0.42)
            let light = fade(lit(RGB.hsl(hue, 0.62, 0.62 - depth * 0.06)), depth)
            let shade = fade(lit(RGB.hsl(hue - 8, 0.5, 0.4 - depth * 0.05)), depth)
            rect(0, baseY - 2, w, h - baseY + 2, light.hex)
            var px = rng.range(-w * 0.2, 0)
            while px < w * 1.1 {
                let wl = w * rng.range(0.18, 0.34) * (0.6 + depth * 0.6)
                let wr = wl * rng.range(0.6, 1.1)
                let py = baseY - h * rng.range(0.05, 0.11) * (0.5 + depth)
                let lb = px - wl, rb = px + wr
                var d = "M\(n(lb)) \(n(baseY))C\(n(lb + wl * 0.5)) \(n(baseY)) \(n(px - wl * 0.3)) \(n(py)) \(n(px)) \(n(py))"
                d += "C\(n(px + wr * 0.25)) \(n(py)) \(n(px + wr * 0.5)) \(n(baseY)) \(n(rb)) \(n(baseY))Z"
                path(d, light.hex)
                var s = "M\(n(px)) \(n(py))C\(n(px + wr * 0.25)) \(n(py)) \(n(px + wr * 0.5)) \(n(baseY)) \(n(rb)) \(n(baseY))"
                s += "L\(n(px + wr * 0.15)) \(n(baseY))Q\(n(px + wr * 0.02)) \(n(py + (baseY - py) * 0.45)) \(n(px)) \(n(py))Z"
                path(s, shade.hex, 0.9)
                px += wl * rng.range(0.8, 1.3)
            }
            if i < layers - 1 { mist(at: baseY, thickness: h * 0.06, opacity: 0.25) }
        }
        // ripples in the foreground sand
        var ripples = ""
        for _ in 0..<14 {
            let y = rng.range(h * 0.86, h * 0.99), x0 = rng.range(-50, w), len = rng.range(120, 380)
            ripples += "M\(n(x0)) \(n(y))q\(n(len / 2)) \(n(-rng.range(4, 10))) \(n(len)) 0"
        }
        stroke(ripples, fade(lit(RGB.hsl(hue - 6, 0.45, 0.42)), 1).hex, 2, 0.35)
    }

    mutating func water(from horizon: Double, sunX: Double, deep: RGB) {
        let top = sky.bottom.mix(deep, 0.25)
        let fill = linear([Stop(0, top), Stop(1, lit(deep))], x1: 0, y1: horizon, x2: 0, y2: h, user: true)
        rect(0, horizon, w, h - horizon, fill)
        // reflection of the sun or moon
        if sky.mood != .storm && sky.mood != .overcast {
            var glints = ""
            for k in 0..<46 {
                let t = Double(k) / 46
                let y = horizon + 3 + (h - horizon) * t * t
                let spread = 12 + 240 * t
                let gx = sunX + rng.range(-spread, spread) * 0.6
                let gw = rng.range(10, 40) * (0.3 + t)
                glints += "M\(n(gx - gw / 2)) \(n(y))h\(n(gw))v\(n(1.5 + 3 * t))h\(n(-gw))z"
            }
            path(glints, sky.sun.lighter(0.4).hex, sky.mood == .day ? 0.55 : 0.7)
        }
        var waves = "", lights = ""
        var y = horizon + 4
        var gap = 3.0
        while y < h {
            let cnt = Int(w / (40 + gap * 6)) + 2
            for _ in 0..<cnt {
                let x0 = rng.range(-20, w), len = rng.range(14, 40) * (1 + gap / 6)
                let seg = "M\(n(x0)) \(n(y))q\(n(len / 2)) \(n(-gap * 0.35)) \(n(len)) 0"
                if rng.chance(0.5) { waves += seg } else { lights += seg }
            }
            y += gap
            gap *= 1.13
        }
        stroke(waves, deep.darker(0.35).hex, 1.6, 0.35)
        stroke(lights, sky.mid.lighter(0.3).hex, 1.4, 0.3)
    }

    mutating func ship(_ cx: Double, _ waterline: Double, _ length: Double, color: RGB, containers: Bool) {
        let hh = length * 0.1
        let hull = poly([(cx - length / 2, waterline - hh), (cx + length / 2 + hh * 0.8, waterline - hh), (cx + length / 2, waterline), (cx - length / 2 + hh * 0.4, waterline)])
        path(hull, color.hex)
        let bridgeX = cx - length * 0.4
        path(box(bridgeX, waterline - hh - length * 0.12, length * 0.09, length * 0.12), color.lighter(0.15).hex)
        path(box(bridgeX + length * 0.02, waterline - hh - length * 0.17, length * 0.015, length * 0.05), color.hex)
        if containers {
            let palette = [RGB.hsl(8, 0.6, 0.42), RGB.hsl(210, 0.5, 0.4), RGB.hsl(30, 0.75, 0.5), RGB.hsl(150, 0.35, 0.35), RGB.hsl(0, 0, 0.62)]
            let cw = length * 0.05, ch = length * 0.025
            var x0 = bridgeX + length * 0.12
            while x0 < cx + length / 2 - cw {
                let stack = rng.int(1, 4)
                for s in 0..<stack {
                    path(box(x0, waterline - hh - ch * Double(s + 1), cw - 1, ch - 1), lit(rng.pick(palette)).hex)
                }
                x0 += cw
            }
        }
    }

    mutating func sea() {
        let horizon = h * rng.range(0.48, 0.6)
        let (sx, _) = paintSky(rng.pick([.day, .golden, .dusk, .overcast, .day]), horizon: horizon)
        if rng.chance(0.55) {
            let head = profile(count: 32, base: horizon, amplitude: h * 0.05, roughness: 0.5)
            let fromLeft = rng.chance(0.5)
            let cut = head.enumerated().map { (i, y) -> Double in
                let t = fromLeft ? Double(i) / 32 : 1 - Double(i) / 32
                return t < 0.35 ? min(y, horizon + 1) - (0.35 - t) * h * 0.12 : horizon + 1
            }
            path(smooth(cut, bottom: horizon + 1), fade(lit(RGB.hsl(200, 0.2, 0.35)), 0.15).hex)
        }
        let deep = RGB.hsl(rng.range(195, 215), rng.range(0.45, 0.65), rng.range(0.2, 0.3))
        water(from: horizon, sunX: sx, deep: deep)
        let ships = rng.int(0, 2)
        for _ in 0..<ships {
            let sxp = rng.range(w * 0.1, w * 0.9), len = rng.range(60, 150)
            ship(sxp, horizon + 2, len, color: fade(lit(RGB.hsl(210, 0.1, 0.25)), 0.3), containers: rng.chance(0.6))
        }
        if rng.chance(0.5) {
            // a sailing boat in the middle distance
            let bx = rng.range(w * 0.15, w * 0.85), by = horizon + (h - horizon) * rng.range(0.2, 0.45), s = rng.range(50, 90)
            let c = lit(RGB.hsl(210, 0.15, 0.18))
            path(poly([(bx - s * 0.6, by - s * 0.12), (bx + s * 0.6, by - s * 0.12), (bx + s * 0.45, by), (bx - s * 0.45, by)]), c.hex)
            path(poly([(bx - s * 0.02, by - s * 1.3), (bx - s * 0.02, by - s * 0.18), (bx - s * 0.55, by - s * 0.18)]), lit(RGB(0.96, 0.95, 0.92)).hex)
            path(poly([(bx + s * 0.03, by - s * 1.15), (bx + s * 0.03, by - s * 0.18), (bx + s * 0.42, by - s * 0.18)]), lit(RGB(0.9, 0.9, 0.88)).hex)
        }
        // foam at the front
        var foam = ""
        for _ in 0..<10 {
            let y = rng.range(h * 0.88, h * 1.0), x0 = rng.range(-60, w), len = rng.range(120, 320)
            foam += "M\(n(x0)) \(n(y))q\(n(len * 0.25)) \(n(-8)) \(n(len * 0.5)) 0t\(n(len * 0.5)) 0"
        }
        stroke(foam, sky.bottom.lighter(0.5).hex, 3, 0.35)
    }

    mutating func harbour() {
        let mood: Mood = rng.pick([.day, .golden, .dusk, .night, .overcast])
        let horizon = h * rng.range(0.56, 0.64)
        let (sx, _) = paintSky(mood, horizon: horizon)
        // distant city
        var tx = 0.0
        var far = ""
        while tx < w {
            let bw = rng.range(20, 70), bh = rng.range(10, 70)
            far += box(tx, horizon - bh, bw, bh + 2)
            tx += bw + rng.range(-5, 10)
        }
        path(far, fade(lit(RGB.hsl(215, 0.15, 0.35)), 0.1).hex)
        let quay = horizon + h * rng.range(0.08, 0.12)
        water(from: horizon, sunX: sx, deep: RGB.hsl(rng.range(195, 210), 0.4, 0.22))
        // quay with container stacks
        path(box(0, quay - h * 0.02, w, h * 0.028), fade(lit(RGB.hsl(30, 0.1, 0.35)), 0.6).hex)
        let palette = [RGB.hsl(8, 0.6, 0.42), RGB.hsl(210, 0.5, 0.42), RGB.hsl(30, 0.75, 0.5), RGB.hsl(150, 0.35, 0.35), RGB.hsl(0, 0, 0.6), RGB.hsl(45, 0.7, 0.5)]
        var cx = rng.range(-40, 0)
        let cw = w * 0.028, ch = h * 0.022
        while cx < w {
            let stack = rng.int(0, 4)
            for s in 0..<stack {
                let c = fade(lit(rng.pick(palette)), 0.6)
                path(box(cx, quay - h * 0.02 - ch * Double(s + 1), cw - 1.5, ch - 1.5), c.hex)
            }
            cx += cw
        }
        // ship along the quay
        let shipLen = w * rng.range(0.32, 0.5)
        let shipX = rng.range(w * 0.3, w * 0.7)
        ship(shipX, quay + h * 0.06, shipLen, color: lit(RGB.hsl(rng.pick([0, 210, 150, 20]), 0.35, 0.25)), containers: true)
        // cranes
        let craneColor = lit(RGB.hsl(rng.pick([8, 205, 45]), rng.range(0.45, 0.7), 0.45))
        let count = rng.int(2, 4)
        var lights = ""
        for k in 0..<count {
            let x0 = w * (0.12 + 0.76 * (Double(k) + rng.range(0.2, 0.8)) / Double(count))
            let s = h * rng.range(0.33, 0.42)
            let legW = s * 0.32, foot = quay
            let top = foot - s
            let c = craneColor.darker(Double(k % 2) * 0.1)
            var d = ""
            d += box(x0, top + s * 0.18, s * 0.025, s * 0.82)
            d += box(x0 + legW, top + s * 0.18, s * 0.025, s * 0.82)
            d += box(x0 - s * 0.02, top + s * 0.55, legW + s * 0.07, s * 0.03)
            d += box(x0 - s * 0.45, top + s * 0.18, legW + s * 0.95, s * 0.04)
            d += poly([(x0 + legW * 0.2, top + s * 0.18), (x0 + legW * 0.45, top), (x0 + legW * 0.55, top), (x0 + legW * 0.8, top + s * 0.18)])
            path(d, c.hex)
            stroke("M\(n(x0 + legW * 0.5)) \(n(top + 4))L\(n(x0 - s * 0.42)) \(n(top + s * 0.19))M\(n(x0 + legW * 0.5)) \(n(top + 4))L\(n(x0 + legW + s * 0.48)) \(n(top + s * 0.19))", c.hex, 2)
            path(box(x0 - s * 0.3, top + s * 0.22, s * 0.08, s * 0.05), c.darker(0.2).hex)
            stroke("M\(n(x0 - s * 0.26)) \(n(top + s * 0.27))v\(n(s * 0.25))", c.darker(0.3).hex, 1.5)
            if mood == .night || mood == .dusk {
                lights += "M\(n(x0 + legW * 0.5 - 3)) \(n(top + 2))h6v6h-6z"
                lights += "M\(n(x0 - s * 0.45)) \(n(top + s * 0.18))h6v6h-6z"
            }
        }
        path(lights, "#ff5040", 0.9)
        if mood == .night || mood == .dusk {
            var lamps = ""
            var lx = rng.range(0, 80)
            while lx < w {
                lamps += "M\(n(lx)) \(n(quay - h * 0.03))h4v4h-4z"
                lx += rng.range(60, 140)
            }
            path(lamps, "#ffd27a", 0.95)
        }
    }

    mutating func city() {
        let mood: Mood = rng.pick([.day, .golden, .dusk, .night, .overcast])
        let street = h * rng.range(0.8, 0.86)
        paintSky(mood, horizon: h * 0.7)
        // far towers
        var tx = rng.range(-40, 0)
        var far = ""
        while tx < w {
            let bw = rng.range(40, 110), bh = h * rng.range(0.2, 0.48)
            far += box(tx, street - bh - h * 0.15, bw, bh + h * 0.15)
            tx += bw + rng.range(0, 30)
        }
        path(far, fade(lit(RGB.hsl(215, 0.12, 0.45)), 0.15).hex)
        // mid-rise street front
        let facades = [RGB.hsl(18, 0.45, 0.45), RGB.hsl(35, 0.3, 0.7), RGB.hsl(200, 0.1, 0.6), RGB.hsl(45, 0.35, 0.62), RGB.hsl(10, 0.3, 0.35), RGB.hsl(160, 0.12, 0.5), RGB.hsl(28, 0.5, 0.55)]
        for row in 0..<2 {
            let depth = row == 0 ? 0.55 : 1.0
            var bx = rng.range(-60, -10)
            let baseY = street - (row == 0 ? h * 0.03 : 0)
            while bx < w {
                let bw = rng.range(110, 240) * (w / 1600) * (row == 0 ? 0.8 : 1)
                let bh = h * rng.range(0.22, row == 0 ? 0.5 : 0.42)
                building(bx, baseY - bh, bw, baseY, facade: rng.pick(facades), depth: depth, cell: row == 0 ? (22, 30) : (30, 40))
                // cornice
                path(box(bx - 3, baseY - bh - 5, bw + 6, 6), fade(lit(RGB.hsl(30, 0.1, 0.3)), depth).hex)
                bx += bw + (row == 0 ? rng.range(0, 20) : rng.range(2, 12))
            }
        }
        // street, pavement, lamps, trees, people
        let road = linear([Stop(0, lit(RGB.hsl(220, 0.06, 0.32))), Stop(1, lit(RGB.hsl(220, 0.08, 0.16)))])
        rect(0, street, w, h - street, road)
        rect(0, street, w, h * 0.025, lit(RGB.hsl(30, 0.06, 0.55)).hex)
        var dashes = ""
        var dx = rng.range(0, 60)
        while dx < w { dashes += box(dx, street + (h - street) * 0.6, 60, 5); dx += 140 }
        path(dashes, lit(RGB(0.92, 0.9, 0.8)).hex, 0.7)
        let night = mood == .night || mood == .dusk
        var poles = "", heads = ""
        var lx = rng.range(40, 160)
        while lx < w {
            poles += box(lx, street - h * 0.2, 5, h * 0.2)
            poles += box(lx, street - h * 0.2, 38, 5)
            heads += "M\(n(lx + 30)) \(n(street - h * 0.195))h14v6h-14z"
            if night {
                let glow = radial([Stop(0, RGB.hsl(42, 1, 0.7), 0.55), Stop(1, RGB.hsl(42, 1, 0.6), 0)], cx: lx + 37, cy: street - h * 0.18, r: h * 0.16)
                rect(lx - h * 0.16, street - h * 0.34, h * 0.36, h * 0.34, glow)
            }
            lx += rng.range(260, 420)
        }
        path(poles, lit(RGB.hsl(220, 0.1, 0.15)).hex)
        path(heads, night ? "#ffe3a0" : lit(RGB.hsl(220, 0.1, 0.3)).hex)
        var people = ""
        for _ in 0..<rng.int(6, 16) {
            person(rng.range(0, w), street + h * 0.03, h * rng.range(0.07, 0.09), into: &people)
        }
        path(people, lit(RGB.hsl(225, 0.15, 0.12)).hex, 0.9)
    }

    mutating func skyline() {
        let mood: Mood = rng.pick([.day, .golden, .dusk, .dusk, .night])
        let waterline = h * rng.range(0.68, 0.76)
        let (sx, _) = paintSky(mood, horizon: waterline)
        let night = mood == .night || mood == .dusk
        for layer in 0..<3 {
            let depth = Double(layer) / 2
            var bx = rng.range(-60, 0)
            while bx < w {
                let bw = rng.range(40, 120) * (0.7 + depth * 0.5)
                let tall = rng.chance(0.25)
                let bh = h * (tall ? rng.range(0.38, 0.58) : rng.range(0.1, 0.32)) * (1.05 - depth * 0.35)
                let top = waterline - bh
                let base = RGB.hsl(rng.range(200, 230), rng.range(0.08, 0.22), rng.range(0.28, 0.5))
                let wall = fade(lit(base), 0.3 + depth * 0.7)
                if night {
                    rect(bx, top, bw, bh, wall.hex)
                    var wins = ""
                    let cols = max(1, Int(bw / 14)), rows = max(1, Int(bh / 18))
                    for r in 0..<rows {
                        for c in 0..<cols where rng.chance(mood == .night ? 0.24 : 0.16) {
                            wins += box(bx + 4 + Double(c) * 14, top + 6 + Double(r) * 18, 6, 8)
                        }
                    }
                    path(wins, RGB.hsl(rng.range(38, 50), 0.85, 0.72).hex, 0.9)
                } else {
                    let glass = linear([Stop(0, wall.lighter(0.18)), Stop(0.6, wall), Stop(1, wall.darker(0.25))], x1: 0, y1: 0, x2: 1, y2: 0)
                    rect(bx, top, bw, bh, glass)
                    var floors = ""
                    var fy = top + 8
                    while fy < waterline { floors += "M\(n(bx)) \(n(fy))h\(n(bw))"; fy += 14 }
                    stroke(floors, wall.darker(0.3).hex, 1, 0.35, round: false)
                }
                if tall && rng.chance(0.6) {
                    path(poly([(bx + bw * 0.2, top), (bx + bw / 2, top - bh * 0.12), (bx + bw * 0.8, top)]), wall.hex)
                    stroke("M\(n(bx + bw / 2)) \(n(top - bh * 0.12))v\(n(-bh * 0.1))", wall.hex, 3)
                }
                bx += bw + rng.range(-10, 25)
            }
            if layer < 2 { mist(at: waterline - h * 0.05, thickness: h * 0.12, opacity: 0.3) }
        }
        path(box(0, waterline - 4, w, 8), lit(RGB.hsl(220, 0.1, 0.2)).hex)
        water(from: waterline + 4, sunX: sx, deep: RGB.hsl(215, 0.45, 0.18))
        if night {
            var streaks = ""
            for _ in 0..<60 {
                let x0 = rng.range(0, w), y0 = rng.range(waterline + 8, h), len = rng.range(6, 30)
                streaks += "M\(n(x0)) \(n(y0))h\(n(len))"
            }
            stroke(streaks, RGB.hsl(44, 0.9, 0.7).hex, 2, 0.45, round: false)
        }
    }

    mutating func parliament() {
        let mood: Mood = rng.pick([.day, .golden, .dusk, .overcast, .day])
        let ground = h * rng.range(0.78, 0.84)
        paintSky(mood, horizon: ground)
        let cx = w * rng.range(0.42, 0.58)
        let stone = lit(RGB.hsl(rng.range(30, 45), rng.range(0.15, 0.3), rng.range(0.72, 0.82)))
        let shade = stone.darker(0.25)
        let bodyW = w * rng.range(0.5, 0.66), bodyH = h * rng.range(0.2, 0.25)
        let top = ground - bodyH
        // trees behind wings
        var trees = ""
        for _ in 0..<rng.int(6, 10) {
            let tx = rng.chance(0.5) ? rng.range(0, cx - bodyW * 0.45) : rng.range(cx + bodyW * 0.45, w)
            let r = h * rng.range(0.06, 0.11)
            trees += "M\(n(tx - r)) \(n(ground - r))a\(n(r)) \(n(r * 1.1)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r * 1.1)) 0 1 0 \(n(-2 * r)) 0"
        }
        // wings
        path(box(cx - bodyW / 2, top + bodyH * 0.1, bodyW, bodyH * 0.9), stone.hex)
        var winD = ""
        let winCols = Int(bodyW / 44)
        for c in 0..<winCols {
            let wx = cx - bodyW / 2 + 14 + Double(c) * 44
            if abs(wx - cx) < bodyW * 0.2 { continue }
            winD += box(wx, top + bodyH * 0.25, 14, bodyH * 0.22)
            winD += box(wx, top + bodyH * 0.6, 14, bodyH * 0.22)
        }
        let night = mood == .dusk
        path(winD, night ? RGB.hsl(42, 0.8, 0.7).hex : shade.darker(0.2).hex, 0.85)
        path(box(cx - bodyW / 2 - 6, top + bodyH * 0.08, bodyW + 12, 8), shade.hex)
        // portico with columns
        let porW = bodyW * rng.range(0.3, 0.4), porTop = top - bodyH * 0.05
        path(box(cx - porW / 2, porTop, porW, ground - porTop), shade.darker(0.1).hex)
        let cols = rng.pick([6, 8, 10])
        let colW = porW / Double(cols) * 0.45
        var colD = "", colShade = ""
        for i in 0..<cols {
            let x0 = cx - porW / 2 + porW * (Double(i) + 0.5) / Double(cols) - colW / 2
            colD += box(x0, porTop + 14, colW, ground - porTop - 24)
            colShade += box(x0 + colW * 0.65, porTop + 14, colW * 0.35, ground - porTop - 24)
        }
        path(colD, stone.lighter(0.1).hex)
        path(colShade, shade.hex, 0.6)
        path(box(cx - porW / 2 - 8, porTop, porW + 16, 16), stone.hex)
        path(poly([(cx - porW / 2 - 14, porTop), (cx, porTop - porW * 0.18), (cx + porW / 2 + 14, porTop)]), stone.hex)
        path(poly([(cx - porW / 2 + 10, porTop - 4), (cx, porTop - porW * 0.18 + 12), (cx + porW / 2 - 10, porTop - 4)]), shade.hex, 0.5)
        // drum and dome
        let drumW = porW * rng.range(0.7, 0.9), drumH = h * 0.09
        let drumTop = porTop - porW * 0.14 - drumH
        path(box(cx - drumW / 2, drumTop, drumW, drumH + 20), stone.hex)
        var drumCols = ""
        for i in 0..<9 {
            drumCols += box(cx - drumW / 2 + drumW * (Double(i) + 0.3) / 9, drumTop + 8, drumW / 30, drumH - 8)
        }
        path(drumCols, shade.hex, 0.8)
        let domeR = drumW * 0.48
        let domeColor = lit(rng.chance(0.5) ? RGB.hsl(165, 0.3, 0.52) : RGB.hsl(210, 0.08, 0.55))
        let domeFill = radial([Stop(0, domeColor.lighter(0.35)), Stop(0.7, domeColor), Stop(1, domeColor.darker(0.3))], cx: cx - domeR * 0.35, cy: drumTop - domeR * 0.6, r: domeR * 1.4)
        path("M\(n(cx - domeR)) \(n(drumTop))A\(n(domeR)) \(n(domeR * 0.95)) 0 0 1 \(n(cx + domeR)) \(n(drumTop))Z", domeFill)
        var ribs = ""
        for i in 1..<6 {
            let t = Double(i) / 6 * 2 - 1
            ribs += "M\(n(cx + t * domeR)) \(n(drumTop))Q\(n(cx + t * domeR * 0.6)) \(n(drumTop - domeR * 0.9)) \(n(cx)) \(n(drumTop - domeR * 0.95))"
        }
        stroke(ribs, domeColor.darker(0.25).hex, 2, 0.6)
        let lanternY = drumTop - domeR * 0.95
        path(box(cx - domeR * 0.1, lanternY - domeR * 0.22, domeR * 0.2, domeR * 0.24), stone.hex)
        path(poly([(cx - domeR * 0.12, lanternY - domeR * 0.22), (cx, lanternY - domeR * 0.34), (cx + domeR * 0.12, lanternY - domeR * 0.22)]), domeColor.hex)
        // flag
        let poleTop = lanternY - domeR * 0.75
        stroke("M\(n(cx)) \(n(lanternY - domeR * 0.3))V\(n(poleTop))", lit(RGB.hsl(0, 0, 0.3)).hex, 2.5)
        let flagColors = [RGB.hsl(0, 0.7, 0.45), RGB.hsl(215, 0.6, 0.4), RGB.hsl(45, 0.85, 0.55), RGB.hsl(140, 0.5, 0.35), RGB(0.96, 0.96, 0.96)]
        let fw = domeR * 0.42, fh = domeR * 0.26
        let wave = "q\(n(fw * 0.25)) \(n(-6)) \(n(fw * 0.5)) 0t\(n(fw * 0.5)) 0"
        for s in 0..<3 {
            let y0 = poleTop + fh * Double(s) / 3
            path("M\(n(cx)) \(n(y0))\(wave)v\(n(fh / 3))q\(n(-fw * 0.25)) \(n(6)) \(n(-fw * 0.5)) 0t\(n(-fw * 0.5)) 0z", lit(rng.pick(flagColors)).hex)
        }
        path(trees, lit(RGB.hsl(120, 0.3, 0.25)).hex)
        // steps and plaza
        var steps = ""
        for s in 0..<5 {
            steps += box(cx - porW / 2 - 20 - Double(s) * 12, ground - 10 + Double(s) * 6, porW + 40 + Double(s) * 24, 6)
        }
        let plaza = linear([Stop(0, lit(RGB.hsl(35, 0.12, 0.6))), Stop(1, lit(RGB.hsl(35, 0.1, 0.35)))])
        rect(0, ground, w, h - ground, plaza)
        path(steps, stone.darker(0.1).hex)
        var peopleD = ""
        for _ in 0..<rng.int(4, 12) { person(rng.range(0, w), rng.range(ground + 30, h), h * rng.range(0.05, 0.08), into: &peopleD) }
        path(peopleD, lit(RGB.hsl(220, 0.15, 0.15)).hex, 0.85)
    }

    mutating func crowd() {
        let mood: Mood = rng.pick([.day, .golden, .dusk, .overcast, .night])
        let horizon = h * 0.55
        paintSky(mood, horizon: horizon, clouds: rng.int(0, 3))
        // backdrop buildings
        var bx = rng.range(-40, 0)
        while bx < w {
            let bw = rng.range(120, 260), bh = h * rng.range(0.25, 0.45)
            building(bx, horizon + h * 0.1 - bh, bw, horizon + h * 0.25, facade: RGB.hsl(rng.range(20, 45), 0.25, 0.6), depth: 0.35, cell: (30, 40))
            bx += bw + rng.range(0, 18)
        }
        if mood == .night || mood == .dusk {
            for _ in 0..<rng.int(2, 4) {
                let lx = rng.range(0, w)
                let beam = radial([Stop(0, RGB.hsl(rng.range(0, 360), 0.7, 0.7), 0.5), Stop(1, RGB.hsl(200, 0.7, 0.6), 0)], cx: lx, cy: horizon + h * 0.1, r: h * 0.45)
                rect(0, 0, w, h, beam)
            }
        }
        // flags and banners held aloft (no text)
        let flagColors = [RGB.hsl(0, 0.7, 0.48), RGB.hsl(210, 0.65, 0.45), RGB.hsl(45, 0.9, 0.55), RGB.hsl(140, 0.5, 0.38), RGB(0.95, 0.95, 0.95), RGB.hsl(280, 0.4, 0.45)]
        for _ in 0..<rng.int(2, 6) {
            let fx = rng.range(w * 0.05, w * 0.95), fy = rng.range(horizon, horizon + h * 0.15)
            stroke("M\(n(fx)) \(n(fy))v\(n(h * 0.3))", lit(RGB.hsl(30, 0.2, 0.25)).hex, 3)
            let fw = rng.range(60, 120), fh = fw * 0.6
            path("M\(n(fx)) \(n(fy))q\(n(fw * 0.25)) \(n(-8)) \(n(fw * 0.5)) 0t\(n(fw * 0.5)) 0v\(n(fh))q\(n(-fw * 0.25)) 8 \(n(-fw * 0.5)) 0t\(n(-fw * 0.5)) 0z", lit(rng.pick(flagColors)).hex)
        }
        // rows of people, back to front
        let rows = 9
        let clothes = [RGB.hsl(215, 0.35, 0.3), RGB.hsl(0, 0.45, 0.35), RGB.hsl(30, 0.25, 0.35), RGB.hsl(150, 0.2, 0.28), RGB.hsl(260, 0.15, 0.3), RGB.hsl(40, 0.5, 0.45)]
        for r in 0..<rows {
            let depth = Double(r) / Double(rows - 1)
            let size = h * (0.09 + depth * depth * 0.38)
            let y = horizon + h * 0.16 + (h * 0.95 - horizon - h * 0.16) * (depth * 0.7 + depth * depth * 0.3) + size * 0.35
            var groups = [String](repeating: "", count: 3)
            var px = rng.range(-size, 0)
            while px < w + size {
                let gi = rng.int(0, 2)
                person(px, y + rng.range(-size * 0.08, size * 0.08), size * rng.range(0.9, 1.1), into: &groups[gi])
                px += size * rng.range(0.55, 0.85)
            }
            for (gi, d) in groups.enumerated() {
                let base = clothes[(r * 3 + gi) % clothes.count].mix(RGB.hsl(225, 0.2, 0.1), 0.15 + depth * 0.55)
                path(d, fade(lit(base), 0.35 + depth * 0.65).hex)
            }
        }
    }

    mutating func stadium() {
        let mood: Mood = rng.pick([.night, .night, .dusk])
        let rim = h * rng.range(0.18, 0.26)
        paintSky(mood, horizon: h * 0.5, clouds: rng.int(0, 2))
        let pitchTop = h * rng.range(0.52, 0.58)
        // stand bowl
        let bowl = "M0 \(n(rim + h * 0.06))Q\(n(w / 2)) \(n(rim - h * 0.06)) \(n(w)) \(n(rim + h * 0.06))L\(n(w)) \(n(pitchTop + h * 0.1))L0 \(n(pitchTop + h * 0.1))Z"
        let standColor = lit(RGB.hsl(rng.range(200, 230), 0.2, 0.25))
        path(bowl, standColor.hex)
        // roof edge
        stroke("M0 \(n(rim + h * 0.06))Q\(n(w / 2)) \(n(rim - h * 0.06)) \(n(w)) \(n(rim + h * 0.06))", lit(RGB.hsl(0, 0, 0.75)).hex, 6)
        // crowd specks
        let speckColors = [RGB.hsl(0, 0.6, 0.5), RGB.hsl(210, 0.6, 0.5), RGB(0.9, 0.9, 0.9), RGB.hsl(45, 0.8, 0.55), RGB.hsl(0, 0, 0.35)]
        var specks = [String](repeating: "", count: speckColors.count)
        for _ in 0..<900 {
            let sx = rng.range(0, w), t = rng.range(0.06, 1)
            let edge = rim + h * 0.06 - (h * 0.12) * (1 - pow((sx - w / 2) / (w / 2), 2)) / 1
            let sy = edge + 10 + (pitchTop - edge - 6) * t
            let s = 2 + t * 2.5
            let k = rng.int(0, speckColors.count - 1)
            specks[k] += box(sx, sy, s, s)
        }
        for (k, d) in specks.enumerated() { path(d, lit(speckColors[k]).mix(standColor, 0.35).hex, 0.9) }
        // tier divisions
        stroke("M0 \(n(pitchTop - h * 0.1))Q\(n(w / 2)) \(n(pitchTop - h * 0.15)) \(n(w)) \(n(pitchTop - h * 0.1))", standColor.darker(0.4).hex, 5, 0.8)
        // pitch with mowing stripes
        let green1 = RGB.hsl(rng.range(105, 125), 0.5, 0.36), green2 = green1.lighter(0.12)
        rect(0, pitchTop, w, h - pitchTop, green1.hex)
        var stripes = ""
        var y = pitchTop, step = (h - pitchTop) * 0.045
        var k = 0
        while y < h {
            if k % 2 == 0 { stripes += box(0, y, w, step) }
            y += step; step *= 1.22; k += 1
        }
        path(stripes, green2.hex)
        // markings: touchline, halfway line, centre circle in perspective
        let line = "#f4f4ef"
        let vx = w * rng.range(0.4, 0.6)
        let tl = pitchTop + (h - pitchTop) * 0.08
        stroke("M0 \(n(tl))H\(n(w))", line, 3, 0.85)
        stroke("M\(n(vx)) \(n(tl))L\(n(vx + (vx - w / 2) * 0.6)) \(n(h))", line, 4, 0.85)
        let ccy = pitchTop + (h - pitchTop) * 0.5
        add("<ellipse cx=\"\(n(vx + (vx - w / 2) * 0.25))\" cy=\"\(n(ccy))\" rx=\"\(n(w * 0.16))\" ry=\"\(n((h - pitchTop) * 0.2))\" fill=\"none\" stroke=\"\(line)\" stroke-width=\"4\" opacity=\"0.85\"/>")
        // floodlights
        let towers = rng.int(2, 4)
        for i in 0..<towers {
            let fx = w * (Double(i) + 0.5) / Double(towers) + rng.range(-w * 0.06, w * 0.06)
            let fy = rim - h * rng.range(0.06, 0.12)
            let glow = radial([Stop(0, RGB.hsl(50, 0.5, 0.97), 0.9), Stop(0.15, RGB.hsl(50, 0.6, 0.9), 0.35), Stop(1, RGB.hsl(50, 0.6, 0.9), 0)], cx: fx, cy: fy, r: h * 0.4)
            rect(0, 0, w, h, glow)
            stroke("M\(n(fx)) \(n(fy + 20))L\(n(fx)) \(n(rim + h * 0.04))", lit(RGB.hsl(0, 0, 0.5)).hex, 6)
            var bank = ""
            for r in 0..<3 { for c in 0..<5 { bank += box(fx - 40 + Double(c) * 16, fy - 16 + Double(r) * 12, 13, 9) } }
            path(box(fx - 44, fy - 20, 84, 42), lit(RGB.hsl(0, 0, 0.3)).hex)
            path(bank, "#fffbe8")
            // beam
            path(poly([(fx - 30, fy + 10), (fx + 30, fy + 10), (w / 2 + (fx - w / 2) * 0.2 + 200, h), (w / 2 + (fx - w / 2) * 0.2 - 200, h)]), "#fff8dc", 0.05)
        }
    }

    mutating func laboratory() {
        sky = makeSky(rng.pick([.day, .day, .overcast, .golden]))
        let hue = rng.range(170, 215)
        let wall = RGB.hsl(hue, rng.range(0.12, 0.25), rng.range(0.8, 0.88))
        let wallFill = linear([Stop(0, wall.darker(0.12)), Stop(1, wall)])
        rect(0, 0, w, h, wallFill)
        // window with daylight
        let winX = rng.chance(0.5) ? w * rng.range(0.05, 0.15) : w * rng.range(0.6, 0.72)
        let winW = w * 0.26, winY = h * 0.1, winH = h * 0.42
        let outside = linear([Stop(0, sky.top), Stop(1, sky.bottom)])
        rect(winX, winY, winW, winH, outside)
        let hills = profile(count: 16, base: winY + winH * 0.8, amplitude: winH * 0.08, roughness: 0.45)
        let hx0 = winX
        var hd = "M\(n(hx0)) \(n(winY + winH))"
        for (i, y) in hills.enumerated() { hd += "L\(n(hx0 + winW * Double(i) / 16)) \(n(y))" }
        hd += "L\(n(winX + winW)) \(n(winY + winH))Z"
        path(hd, fade(RGB.hsl(140, 0.25, 0.35), 0.3).hex)
        var frame = box(winX - 8, winY - 8, winW + 16, 10) + box(winX - 8, winY + winH - 2, winW + 16, 10)
        frame += box(winX - 8, winY - 8, 10, winH + 16) + box(winX + winW - 2, winY - 8, 10, winH + 16) + box(winX + winW / 2 - 4, winY, 8, winH)
        path(frame, RGB(0.95, 0.95, 0.95).hex)
        let light = radial([Stop(0, RGB.white, 0.45), Stop(1, RGB.white, 0)], cx: winX + winW / 2, cy: winY + winH * 0.9, r: w * 0.45)
        rect(0, 0, w, h, light)
        // shelves with bottles
        let shelfX = winX < w / 2 ? w * 0.45 : w * 0.08
        let shelfW = w * 0.42
        let glassColors = [RGB.hsl(30, 0.7, 0.4), RGB.hsl(190, 0.5, 0.45), RGB.hsl(0, 0, 0.85), RGB.hsl(140, 0.35, 0.4), RGB.hsl(220, 0.45, 0.4)]
        for s in 0..<2 {
            let sy = h * (0.22 + Double(s) * 0.17)
            path(box(shelfX, sy, shelfW, 8), wall.darker(0.45).hex)
            var bx = shelfX + rng.range(6, 20)
            while bx < shelfX + shelfW - 30 {
                let bw = rng.range(18, 34), bh = rng.range(40, 80)
                let c = rng.pick(glassColors)
                path(box(bx, sy - bh, bw, bh), c.hex, 0.85)
                path(box(bx + bw * 0.25, sy - bh - 10, bw * 0.5, 12), c.darker(0.3).hex)
                path(box(bx + 3, sy - bh * 0.8, 4, bh * 0.55), "#fff", 0.35)
                bx += bw + rng.range(4, 16)
            }
        }
        // bench
        let benchY = h * rng.range(0.64, 0.7)
        path(box(0, benchY, w, h * 0.035), RGB.hsl(hue, 0.1, 0.2).hex)
        let cabinet = linear([Stop(0, wall.darker(0.25)), Stop(1, wall.darker(0.45))])
        rect(0, benchY + h * 0.035, w, h - benchY, cabinet)
        var doors = ""
        var dx = 20.0
        while dx < w { doors += "M\(n(dx)) \(n(benchY + h * 0.06))v\(n(h * 0.28))"; dx += w / 7 }
        stroke(doors, wall.darker(0.55).hex, 2, 0.6, round: false)
        var handles = ""
        dx = 20.0 + w / 14
        while dx < w { handles += box(dx - 18, benchY + h * 0.09, 36, 5); dx += w / 7 }
        path(handles, wall.darker(0.6).hex, 0.6)
        // glassware on the bench
        let liquids = [RGB.hsl(175, 0.7, 0.45), RGB.hsl(35, 0.9, 0.55), RGB.hsl(320, 0.6, 0.55), RGB.hsl(110, 0.55, 0.45), RGB.hsl(210, 0.75, 0.55)]
        var fx = w * rng.range(0.06, 0.12)
        let glass = RGB.hsl(hue, 0.2, 0.93)
        while fx < w * 0.92 {
            let kind = rng.int(0, 3)
            let s = h * rng.range(0.14, 0.24)
            let liquid = rng.pick(liquids)
            let base = benchY
            switch kind {
            case 0: // Erlenmeyer flask
                let nw = s * 0.12, bw = s * 0.42
                let outline = poly([(fx - nw, base - s), (fx + nw, base - s), (fx + nw, base - s * 0.62), (fx + bw, base - 4), (fx - bw, base - 4), (fx - nw, base - s * 0.62)])
                path(outline, glass.hex, 0.55)
                let level = 0.45
                path(poly([(fx - bw * (1 - level * 0.9) - nw * 0.1, base - s * 0.62 * level), (fx + bw * (1 - level * 0.9) + nw * 0.1, base - s * 0.62 * level), (fx + bw - 3, base - 6), (fx - bw + 3, base - 6)]), liquid.hex, 0.9)
                path(box(fx - nw * 1.3, base - s - 6, nw * 2.6, 8), glass.darker(0.25).hex)
                fx += bw * 2 + rng.range(20, 60)
            case 1: // beaker
                let bw = s * 0.5, bh = s * 0.75
                path(box(fx - bw / 2, base - bh, bw, bh), glass.hex, 0.5)
                path(box(fx - bw / 2 + 3, base - bh * rng.range(0.3, 0.7), bw - 6, bh * 0.7 - 3), liquid.hex, 0.85)
                var ticks = ""
                for t in 1..<5 { ticks += "M\(n(fx - bw / 2 + 4)) \(n(base - bh * Double(t) / 5))h10" }
                stroke(ticks, glass.darker(0.4).hex, 1.5, 0.7, round: false)
                fx += bw + rng.range(20, 60)
            case 2: // round-bottom flask
                let r = s * 0.28
                circle(fx, base - r - 2, r, glass.hex, 0.55)
                path("M\(n(fx - r * 0.92)) \(n(base - r))A\(n(r * 0.95)) \(n(r * 0.95)) 0 0 0 \(n(fx + r * 0.92)) \(n(base - r))Z", liquid.hex, 0.88)
                path(box(fx - r * 0.22, base - r * 2 - s * 0.35, r * 0.44, s * 0.38), glass.hex, 0.6)
                circle(fx - r * 0.4, base - r * 1.4, r * 0.14, "#fff", 0.6)
                fx += r * 2 + rng.range(20, 60)
            default: // test-tube rack
                let tubes = rng.int(4, 7), tw = s * 0.09
                for t in 0..<tubes {
                    let tx = fx + Double(t) * tw * 2
                    path(box(tx, base - s * 0.7, tw, s * 0.62), glass.hex, 0.6)
                    path(box(tx, base - s * 0.7 * rng.range(0.2, 0.5) - 8, tw, s * 0.25), rng.pick(liquids).hex, 0.9)
                }
                path(box(fx - tw, base - s * 0.45, tw * (Double(tubes) * 2 + 1), 8) + box(fx - tw, base - 8, tw * (Double(tubes) * 2 + 1), 8), RGB.hsl(hue, 0.1, 0.35).hex)
                fx += tw * Double(tubes) * 2 + rng.range(30, 70)
            }
        }
        // reflection line on the bench
        rect(0, benchY, w, 3, "#fff", 0.25)
    }

    mutating func nightScene() {
        let horizon = h * rng.range(0.62, 0.72)
        let (mx, _) = paintSky(.night, horizon: horizon, sunX: w * rng.range(0.2, 0.8), clouds: rng.int(0, 3))
        // milky way
        let band = radial([Stop(0, RGB.hsl(250, 0.3, 0.7), 0.1), Stop(1, RGB.hsl(250, 0.3, 0.5), 0)], cx: 0.5, cy: 0.5, r: 0.5, user: false)
        add("<ellipse cx=\"\(n(w * 0.5))\" cy=\"\(n(h * 0.3))\" rx=\"\(n(w * 0.6))\" ry=\"\(n(h * 0.2))\" fill=\"\(band)\" transform=\"rotate(\(n(rng.range(-25, 25))) \(n(w * 0.5)) \(n(h * 0.3)))\"/>")
        let hills = profile(count: 32, base: horizon - h * 0.05, amplitude: h * 0.06, roughness: 0.45)
        path(smooth(hills, bottom: h), RGB.hsl(225, 0.3, 0.13).hex)
        // town on the shore
        let lake = rng.chance(0.6)
        // Without a lake the town sits in the foreground, so it is drawn larger.
        let townBase = lake ? horizon : h * rng.range(0.84, 0.9)
        let k = lake ? 1.0 : 1.8
        var bx = rng.range(0, 60)
        var walls = "", wins = ""
        while bx < w {
            let bw = rng.range(30, 80) * k, bh = rng.range(24, 90) * k
            walls += box(bx, townBase - bh, bw, bh + 2)
            if rng.chance(0.5) { walls += poly([(bx - 4, townBase - bh), (bx + bw / 2, townBase - bh - bw * 0.4), (bx + bw + 4, townBase - bh)]) }
            if rng.chance(0.06) { walls += poly([(bx + bw * 0.3, townBase - bh), (bx + bw * 0.5, townBase - bh - 110 * k), (bx + bw * 0.7, townBase - bh)]) }
            for r in 0..<Int(bh / (18 * k)) {
                for c in 0..<Int(bw / (14 * k)) where rng.chance(0.35) {
                    wins += box(bx + 4 * k + Double(c) * 14 * k, townBase - bh + 6 * k + Double(r) * 18 * k, 6 * k, 8 * k)
                }
            }
            bx += bw + rng.range(0, 40) * k
        }
        path(walls, RGB.hsl(228, 0.35, 0.08).hex)
        path(wins, RGB.hsl(42, 0.9, 0.66).hex, 0.95)
        if lake {
            let fill = linear([Stop(0, sky.bottom.darker(0.2)), Stop(1, RGB.hsl(228, 0.5, 0.05))])
            rect(0, horizon, w, h - horizon, fill)
            var glints = ""
            for k in 0..<40 {
                let t = Double(k) / 40
                let y = horizon + 4 + (h - horizon) * t
                let gw = rng.range(8, 40) * (0.4 + t)
                glints += box(mx + rng.range(-30, 30) * (0.5 + t) - gw / 2, y, gw, 2 + 2 * t)
            }
            path(glints, RGB.hsl(48, 0.5, 0.9).hex, 0.6)
            var streaks = ""
            for _ in 0..<50 { streaks += box(rng.range(0, w), rng.range(horizon + 4, horizon + (h - horizon) * 0.6), rng.range(4, 18), 2) }
            path(streaks, RGB.hsl(42, 0.9, 0.66).hex, 0.4)
        } else {
            rect(0, townBase, w, h - townBase, RGB.hsl(228, 0.4, 0.06).hex)
        }
    }

    mutating func storm() {
        let horizon = h * rng.range(0.62, 0.72)
        paintSky(.storm, horizon: horizon, clouds: 0)
        // heavy cloud banks
        for layer in 0..<3 {
            let base = h * (0.12 + Double(layer) * 0.14)
            let ys = profile(count: 32, base: base, amplitude: h * 0.07, roughness: 0.55)
            var d = "M0 0L0 \(n(ys[0]))"
            for i in 1..<ys.count {
                let px = x(of: i - 1, in: ys), cx = x(of: i, in: ys)
                d += "Q\(n((px + cx) / 2)) \(n(max(ys[i - 1], ys[i]) + h * 0.05)) \(n(cx)) \(n(ys[i]))"
            }
            d += "L\(n(w)) 0Z"
            let c = sky.top.mix(sky.mid, Double(layer) * 0.3).darker(0.15 - Double(layer) * 0.05)
            path(d, c.hex, 0.92 - Double(layer) * 0.15)
        }
        // lightning
        if rng.chance(0.8) {
            var lx = rng.range(w * 0.2, w * 0.8), ly = h * 0.2
            var bolt = "M\(n(lx)) \(n(ly))"
            var branch = ""
            while ly < horizon {
                lx += rng.range(-40, 40); ly += rng.range(20, 50)
                bolt += "L\(n(lx)) \(n(min(ly, horizon)))"
                if rng.chance(0.2) { branch += "M\(n(lx)) \(n(ly))l\(n(rng.range(-70, 70))) \(n(rng.range(30, 70)))l\(n(rng.range(-20, 20))) \(n(rng.range(15, 40)))" }
            }
            let flash = radial([Stop(0, RGB.hsl(210, 0.6, 0.9), 0.45), Stop(1, RGB.hsl(210, 0.6, 0.8), 0)], cx: lx, cy: h * 0.35, r: h * 0.6)
            rect(0, 0, w, h, flash)
            stroke(bolt + branch, "#cfe3ff", 10, 0.25)
            stroke(bolt, "#ffffff", 3)
            stroke(branch, "#e8f2ff", 1.6, 0.9)
        }
        // sea and coast
        water(from: horizon, sunX: w / 2, deep: RGB.hsl(200, 0.25, 0.18))
        var caps = ""
        for _ in 0..<60 {
            let y = rng.range(horizon + 6, h), s = 6 + (y - horizon) / 8
            caps += "M\(n(rng.range(0, w))) \(n(y))q\(n(s)) \(n(-s * 0.5)) \(n(s * 2)) 0"
        }
        stroke(caps, "#e6eef2", 2.5, 0.45)
        let coastLeft = rng.chance(0.5)
        let landW = w * rng.range(0.3, 0.45)
        let lx0 = coastLeft ? 0 : w - landW
        let landTop = horizon + h * 0.08
        let land = coastLeft
            ? "M0 \(n(landTop))Q\(n(landW * 0.6)) \(n(landTop - 10)) \(n(landW)) \(n(h))L0 \(n(h))Z"
            : "M\(n(w)) \(n(landTop))Q\(n(w - landW * 0.6)) \(n(landTop - 10)) \(n(w - landW)) \(n(h))L\(n(w)) \(n(h))Z"
        path(land, RGB.hsl(150, 0.15, 0.1).hex)
        // palms bending in the wind
        let lean = rng.range(60, 110)
        for i in 0..<rng.int(2, 4) {
            let px = lx0 + landW * (0.15 + 0.22 * Double(i)) * (coastLeft ? 1 : 1)
            let py = landTop + 20 + Double(i) * 14
            let th = h * rng.range(0.25, 0.38)
            let topX = px + lean, topY = py - th
            stroke("M\(n(px)) \(n(py + 40))Q\(n(px + lean * 0.1)) \(n(py - th * 0.6)) \(n(topX)) \(n(topY))", RGB.hsl(30, 0.2, 0.1).hex, 9)
            var fronds = ""
            for f in 0..<7 {
                let a = -0.2 + Double(f) * 0.35 + rng.range(-0.1, 0.1)
                let len = th * rng.range(0.35, 0.5)
                let ex = topX + cos(a) * len, ey = topY + sin(a) * len * 0.6
                fronds += "M\(n(topX)) \(n(topY))Q\(n((topX + ex) / 2 + 10)) \(n(min(topY, ey) - 20)) \(n(ex)) \(n(ey))"
            }
            stroke(fronds, RGB.hsl(140, 0.2, 0.1).hex, 6)
        }
        // rain
        var rain = ""
        let slant = rng.range(-0.45, -0.15)
        for _ in 0..<420 {
            let rx = rng.range(-100, w + 100), ry = rng.range(-20, h), len = rng.range(20, 60)
            rain += "M\(n(rx)) \(n(ry))l\(n(-len * slant)) \(n(len))"
        }
        stroke(rain, "#c7d3de", 1.3, 0.38, round: false)
        let veil = linear([Stop(0, sky.mid, 0), Stop(1, sky.mid, 0.3)])
        rect(0, 0, w, h, veil)
    }

    mutating func field() {
        let horizon = h * rng.range(0.42, 0.55)
        paintSky(rng.pick([.day, .golden, .golden, .overcast, .dusk]), horizon: horizon)
        // tree line and farm
        let trees = profile(count: 64, base: horizon - h * 0.015, amplitude: h * 0.018, roughness: 0.7)
        path(smooth(trees, bottom: horizon + 4), fade(lit(RGB.hsl(130, 0.3, 0.22)), 0.25).hex)
        if rng.chance(0.7) {
            let fx = rng.range(w * 0.1, w * 0.9), s = h * 0.05
            let barn = fade(lit(RGB.hsl(rng.pick([5, 25, 210]), 0.45, 0.38)), 0.4)
            path(box(fx, horizon - s, s * 1.6, s + 2) + poly([(fx - 4, horizon - s), (fx + s * 0.8, horizon - s * 1.5), (fx + s * 1.6 + 4, horizon - s)]), barn.hex)
            path(box(fx + s * 1.9, horizon - s * 1.8, s * 0.5, s * 1.8 + 2), fade(lit(RGB.hsl(0, 0, 0.7)), 0.4).hex)
            path("M\(n(fx + s * 1.9)) \(n(horizon - s * 1.8))a\(n(s * 0.25)) \(n(s * 0.2)) 0 0 1 \(n(s * 0.5)) 0z", fade(lit(RGB.hsl(0, 0, 0.6)), 0.4).hex)
        }
        // crop rows converging to a vanishing point
        let vx = w * rng.range(0.3, 0.7)
        let golden = rng.chance(0.5)
        let cropA = lit(golden ? RGB.hsl(42, 0.7, 0.55) : RGB.hsl(95, 0.45, 0.4))
        let cropB = lit(golden ? RGB.hsl(32, 0.6, 0.4) : RGB.hsl(80, 0.4, 0.28))
        let fill = linear([Stop(0, fade(cropA, 0.2)), Stop(1, cropA)], x1: 0, y1: horizon, x2: 0, y2: h, user: true)
        rect(0, horizon, w, h - horizon, fill)
        var rows = ""
        let count = 44
        for i in 0..<count {
            let t = Double(i) / Double(count)
            let bx = -w * 1.5 + t * w * 4
            let bw = w * 4 / Double(count) * 0.45
            rows += poly([(vx, horizon), (bx, h + 40), (bx + bw, h + 40)])
        }
        let rowFill = linear([Stop(0, fade(cropB, 0.2), 0.2), Stop(1, cropB)], x1: 0, y1: horizon, x2: 0, y2: h, user: true)
        path(rows, rowFill)
        let haze = linear([Stop(0, sky.haze, 0.55), Stop(1, sky.haze, 0)])
        rect(0, horizon, w, (h - horizon) * 0.25, haze)
        // power line
        if rng.chance(0.5) {
            var poles = "", wires = ""
            var px = w * rng.range(0.02, 0.1)
            var scale = 1.0
            var prev: (Double, Double)? = nil
            for _ in 0..<6 {
                let ph = h * 0.3 * scale, by = horizon + (h - horizon) * 0.9 * scale
                poles += box(px, by - ph, max(2, 8 * scale), ph) + box(px - 30 * scale, by - ph + 8 * scale, 64 * scale, max(2, 5 * scale))
                if let p = prev { wires += "M\(n(p.0)) \(n(p.1))Q\(n((p.0 + px) / 2)) \(n(max(p.1, by - ph) + 20 * scale)) \(n(px)) \(n(by - ph + 10 * scale))" }
                prev = (px, by - ph + 10 * scale)
                px += w * 0.3 * scale
                scale *= 0.55
            }
            path(poles, lit(RGB.hsl(30, 0.2, 0.18)).hex)
            stroke(wires, lit(RGB.hsl(30, 0.2, 0.18)).hex, 1.5, 0.8)
        }
    }

    mutating func market() {
        let mood: Mood = rng.pick([.day, .golden, .day, .overcast, .dusk])
        let ground = h * 0.78
        paintSky(mood, horizon: h * 0.5, clouds: rng.int(0, 3))
        // backdrop of old town houses
        let facades = [RGB.hsl(30, 0.5, 0.65), RGB.hsl(12, 0.45, 0.55), RGB.hsl(48, 0.55, 0.7), RGB.hsl(195, 0.2, 0.65), RGB.hsl(350, 0.3, 0.62)]
        var bx = rng.range(-40, 0)
        while bx < w {
            let bw = rng.range(130, 220), bh = h * rng.range(0.4, 0.62)
            building(bx, ground - bh, bw, ground, facade: rng.pick(facades), depth: 0.65, cell: (34, 46))
            path(poly([(bx - 6, ground - bh), (bx + bw / 2, ground - bh - bw * 0.25), (bx + bw + 6, ground - bh)]), fade(lit(RGB.hsl(12, 0.45, 0.35)), 0.65).hex)
            bx += bw
        }
        // string lights
        if mood == .dusk || mood == .golden {
            var bulbs = ""
            for k in 0..<2 {
                let y0 = h * (0.3 + Double(k) * 0.08)
                stroke("M0 \(n(y0))Q\(n(w / 2)) \(n(y0 + 60)) \(n(w)) \(n(y0))", "#332", 1.5, 0.7)
                for i in 0..<30 {
                    let t = Double(i) / 29, x0 = t * w
                    let y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * (y0 + 60) + t * t * y0
                    bulbs += "M\(n(x0 - 4)) \(n(y + 5))a4 4 0 1 0 8 0a4 4 0 1 0 -8 0"
                }
            }
            path(bulbs, "#ffe08a", 0.95)
        }
        rect(0, ground, w, h - ground, lit(RGB.hsl(30, 0.12, 0.45)).hex)
        // stalls, back row then front row
        let awnings: [(RGB, RGB)] = [(RGB.hsl(2, 0.7, 0.5), RGB(0.97, 0.95, 0.9)), (RGB.hsl(140, 0.5, 0.35), RGB(0.97, 0.95, 0.9)), (RGB.hsl(210, 0.6, 0.45), RGB(0.97, 0.95, 0.9)), (RGB.hsl(40, 0.9, 0.55), RGB.hsl(20, 0.8, 0.5))]
        let produce = [RGB.hsl(28, 0.95, 0.55), RGB.hsl(0, 0.75, 0.48), RGB.hsl(90, 0.6, 0.42), RGB.hsl(50, 0.9, 0.55), RGB.hsl(300, 0.35, 0.35)]
        for row in 0..<2 {
            let s = row == 0 ? 0.7 : 1.0
            let base = row == 0 ? ground + h * 0.05 : h * 0.98
            let stallW = w * 0.2 * s
            var sx = rng.range(-stallW * 0.5, 0) + (row == 0 ? stallW * 0.5 : 0)
            while sx < w {
                let (ca, cb) = rng.pick(awnings)
                let top = base - h * 0.42 * s
                let aw = stallW * 0.96
                // posts
                path(box(sx + 6, top, 6 * s, base - top) + box(sx + aw - 12, top, 6 * s, base - top), lit(RGB.hsl(25, 0.3, 0.25)).hex)
                // awning stripes
                let stripes = 8
                for k in 0..<stripes {
                    let x0 = sx + aw * Double(k) / Double(stripes), x1 = sx + aw * Double(k + 1) / Double(stripes)
                    let pts = [(x0 + (x0 - sx - aw / 2) * -0.08, top - h * 0.07 * s), (x1 + (x1 - sx - aw / 2) * -0.08, top - h * 0.07 * s), (x1, top + 8), (x0, top + 8)]
                    path(poly(pts), lit(k % 2 == 0 ? ca : cb).hex)
                }
                var scallop = ""
                let sw = aw / Double(stripes)
                for k in 0..<stripes {
                    scallop += "M\(n(sx + sw * Double(k))) \(n(top + 7))a\(n(sw / 2)) \(n(sw / 2.6)) 0 0 0 \(n(sw)) 0z"
                }
                path(scallop, lit(ca).darker(0.1).hex)
                let shadow = linear([Stop(0, .black, 0.3), Stop(1, .black, 0)])
                rect(sx, top + 8, aw, h * 0.12 * s, shadow)
                // table with produce
                let tableY = base - h * 0.16 * s
                path(box(sx, tableY, aw, h * 0.16 * s), lit(RGB.hsl(28, 0.35, 0.35)).hex)
                path(box(sx - 4, tableY - 5, aw + 8, 8), lit(RGB.hsl(28, 0.3, 0.45)).hex)
                let crates = 3
                for c in 0..<crates {
                    let cx0 = sx + 10 + (aw - 20) * Double(c) / Double(crates)
                    let cwid = (aw - 20) / Double(crates) - 8
                    let col = lit(rng.pick(produce))
                    var fruit = ""
                    let fr = 11 * s
                    var fy = tableY - fr * 0.6
                    var rowN = 0
                    while rowN < 2 {
                        var fx0 = cx0 + fr + Double(rowN % 2) * fr
                        while fx0 < cx0 + cwid - fr {
                            fruit += "M\(n(fx0 - fr)) \(n(fy))a\(n(fr)) \(n(fr)) 0 1 0 \(n(2 * fr)) 0a\(n(fr)) \(n(fr)) 0 1 0 \(n(-2 * fr)) 0"
                            fx0 += fr * 2
                        }
                        fy -= fr * 1.4; rowN += 1
                        if fx0 < cx0 + fr * 3 { break }
                    }
                    path(fruit, col.hex)
                }
                sx += stallW + rng.range(10, 60) * s
            }
            if row == 0 {
                var people = ""
                for _ in 0..<rng.int(5, 10) { person(rng.range(0, w), ground + h * rng.range(0.12, 0.2), h * rng.range(0.16, 0.22), into: &people) }
                path(people, lit(RGB.hsl(220, 0.2, 0.2)).hex, 0.92)
            }
        }
    }

    mutating func railway() {
        let horizon = h * rng.range(0.45, 0.55)
        paintSky(rng.pick([.day, .golden, .dusk, .overcast, .day]), horizon: horizon)
        let hills = profile(count: 32, base: horizon - h * 0.02, amplitude: h * 0.06, roughness: 0.5)
        path(smooth(hills, bottom: h), fade(lit(RGB.hsl(150, 0.15, 0.35)), 0.05).hex)
        let grass = lit(RGB.hsl(rng.range(70, 110), 0.35, 0.38))
        let gfill = linear([Stop(0, fade(grass, 0.2)), Stop(1, grass.darker(0.1))], x1: 0, y1: horizon, x2: 0, y2: h, user: true)
        rect(0, horizon, w, h - horizon, gfill)
        let vx = w * rng.range(0.42, 0.58)
        let twoTracks = rng.chance(0.5)
        let centres = twoTracks ? [w * 0.3, w * 0.78] : [w * 0.5]
        // ballast bed
        for c in centres {
            path(poly([(vx - 3, horizon), (vx + 3, horizon), (c + w * 0.3, h), (c - w * 0.3, h)]), lit(RGB.hsl(30, 0.08, 0.45)).hex)
        }
        for c in centres {
            let gauge = w * 0.17
            var sleepers = ""
            var t = 0.02
            while t < 1 {
                let y = horizon + (h - horizon) * t
                let half = gauge * t * 1.35
                let cx = vx + (c - vx) * t
                let th = 2 + 16 * t
                sleepers += box(cx - half, y, half * 2, th)
                t *= 1.12; t += 0.004
            }
            path(sleepers, lit(RGB.hsl(25, 0.25, 0.25)).hex)
            let rail = lit(RGB.hsl(210, 0.06, 0.72))
            for side in [-1.0, 1.0] {
                let bx = c + side * gauge
                path(poly([(vx + side * 0.6, horizon), (vx + side * 1.4, horizon), (bx + side * 4 + 5, h), (bx + side * 4 - 5, h)]), rail.hex)
            }
        }
        // catenary masts shrinking with distance
        var masts = "", wire = ""
        var t = 1.0
        let side = rng.chance(0.5) ? -1.0 : 1.0
        let mastBase = vx + side * w * 0.55
        var prevTop: (Double, Double)? = nil
        while t > 0.03 {
            let x0 = vx + (mastBase - vx) * t, y0 = horizon + (h - horizon) * t * 0.98
            let mh = h * 0.55 * t
            masts += box(x0, y0 - mh, max(1.5, 10 * t), mh)
            masts += box(min(x0, x0 - side * w * 0.2 * t), y0 - mh + 6 * t, w * 0.2 * t, max(1, 5 * t))
            let top = (x0 - side * w * 0.19 * t, y0 - mh + 14 * t)
            if let p = prevTop { wire += "M\(n(p.0)) \(n(p.1))L\(n(top.0)) \(n(top.1))" }
            prevTop = top
            t *= 0.72
        }
        if let p = prevTop { wire += "M\(n(p.0)) \(n(p.1))L\(n(vx)) \(n(horizon - 4))" }
        path(masts, lit(RGB.hsl(210, 0.1, 0.25)).hex)
        stroke(wire, lit(RGB.hsl(210, 0.1, 0.2)).hex, 1.6, 0.8)
        let haze = linear([Stop(0, sky.haze, 0.6), Stop(1, sky.haze, 0)])
        rect(0, horizon - 2, w, (h - horizon) * 0.2, haze)
        if rng.chance(0.5) {
            // distant train
            let tw = w * 0.035, th = h * 0.035
            path(box(vx - tw / 2, horizon - th + 6, tw, th), fade(lit(RGB.hsl(rng.pick([0, 210, 45]), 0.6, 0.45)), 0.4).hex)
            circle(vx, horizon - th * 0.3 + 6, 3, "#fff6c0")
        }
    }

    mutating func airport() {
        let horizon = h * rng.range(0.58, 0.66)
        paintSky(rng.pick([.golden, .dusk, .day, .overcast, .golden]), horizon: horizon)
        // terminal and tower
        let tx = w * rng.range(0.1, 0.8)
        let far = fade(lit(RGB.hsl(215, 0.12, 0.3)), 0.3)
        path(box(0, horizon - h * 0.03, w, h * 0.03 + 2) + box(tx, horizon - h * 0.06, w * 0.22, h * 0.06), far.hex)
        let towerX = rng.chance(0.5) ? tx - w * 0.08 : tx + w * 0.28
        path(box(towerX, horizon - h * 0.2, 14, h * 0.2) + poly([(towerX - 18, horizon - h * 0.2), (towerX + 32, horizon - h * 0.2), (towerX + 26, horizon - h * 0.24), (towerX - 12, horizon - h * 0.24)]), far.hex)
        path(box(towerX - 12, horizon - h * 0.235, 38, 6), sky.bottom.lighter(0.3).hex, 0.8)
        // apron and runway
        let apron = linear([Stop(0, fade(lit(RGB.hsl(90, 0.2, 0.35)), 0.3)), Stop(1, lit(RGB.hsl(90, 0.2, 0.22)))])
        rect(0, horizon, w, h - horizon, apron)
        let vx = w * rng.range(0.4, 0.6)
        path(poly([(vx - 6, horizon), (vx + 6, horizon), (vx + w * 0.55, h), (vx - w * 0.55, h)]), lit(RGB.hsl(220, 0.05, 0.3)).hex)
        var dashes = "", lightsL = ""
        var t = 0.03
        while t < 1 {
            let y = horizon + (h - horizon) * t
            let dl = (h - horizon) * t * 0.05
            dashes += poly([(vx - 1 - 6 * t, y), (vx + 1 + 6 * t, y), (vx + 1 + 6 * (t * 1.05), y + dl), (vx - 1 - 6 * (t * 1.05), y + dl)])
            for side in [-1.0, 1.0] {
                let lx = vx + side * (6 + w * 0.55 * t)
                let r = 1 + 4 * t
                lightsL += "M\(n(lx - r)) \(n(y))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0"
            }
            t *= 1.25
        }
        path(dashes, "#f2f2ea", 0.85)
        let night = sky.mood == .dusk
        path(lightsL, night ? "#ffd27a" : "#fff3d0", night ? 1 : 0.7)
        // aircraft climbing out
        let px = w * rng.range(0.25, 0.75), py = h * rng.range(0.2, 0.38), s = w * rng.range(0.16, 0.26)
        let angle = rng.range(-14, -5)
        let plane = lit(RGB.hsl(210, 0.08, 0.82)).mix(sky.haze, 0.15)
        let under = plane.darker(0.3)
        var g = "<g transform=\"translate(\(n(px)) \(n(py))) rotate(\(n(angle)))\">"
        g += "<path d=\"M\(n(-s * 0.5)) \(n(-s * 0.02))Q\(n(-s * 0.5)) \(n(-s * 0.055)) \(n(-s * 0.4)) \(n(-s * 0.055))L\(n(s * 0.38)) \(n(-s * 0.055))Q\(n(s * 0.5)) \(n(-s * 0.05)) \(n(s * 0.52)) 0Q\(n(s * 0.5)) \(n(s * 0.04)) \(n(s * 0.38)) \(n(s * 0.045))L\(n(-s * 0.4)) \(n(s * 0.04))Z\" fill=\"\(plane.hex)\"/>"
        g += "<path d=\"M\(n(-s * 0.36)) \(n(-s * 0.05))L\(n(-s * 0.5)) \(n(-s * 0.22))L\(n(-s * 0.44)) \(n(-s * 0.22))L\(n(-s * 0.26)) \(n(-s * 0.05))Z\" fill=\"\(under.hex)\"/>"
        g += "<path d=\"M\(n(s * 0.02)) \(n(s * 0.01))L\(n(-s * 0.16)) \(n(s * 0.2))L\(n(-s * 0.1)) \(n(s * 0.2))L\(n(s * 0.14)) \(n(s * 0.02))Z\" fill=\"\(under.hex)\"/>"
        g += "<path d=\"M\(n(-s * 0.38)) 0L\(n(-s * 0.5)) \(n(s * 0.07))L\(n(-s * 0.45)) \(n(s * 0.07))L\(n(-s * 0.33)) 0Z\" fill=\"\(under.hex)\"/>"
        g += "<ellipse cx=\"\(n(-s * 0.06))\" cy=\"\(n(s * 0.08))\" rx=\"\(n(s * 0.06))\" ry=\"\(n(s * 0.022))\" fill=\"\(under.darker(0.2).hex)\"/>"
        var windows = ""
        var wx = -s * 0.3
        while wx < s * 0.34 { windows += box(wx, -s * 0.025, s * 0.008, s * 0.012); wx += s * 0.022 }
        g += "<path d=\"\(windows)\" fill=\"\(under.darker(0.3).hex)\"/>"
        g += "<path d=\"M\(n(s * 0.42)) \(n(-s * 0.035))l\(n(s * 0.05)) \(n(s * 0.012))l\(n(-s * 0.05)) \(n(s * 0.01))z\" fill=\"\(under.darker(0.4).hex)\"/>"
        g += "</g>"
        add(g)
        if rng.chance(0.5) {
            let trail = linear([Stop(0, .white, 0), Stop(1, .white, 0.5)], x1: 0, y1: 0, x2: 1, y2: 0)
            let rad = angle * Double.pi / 180
            let ex = px - cos(rad) * s * 0.45, ey = py - sin(rad) * s * 0.45
            add("<path d=\"M\(n(ex - cos(rad) * w * 0.5)) \(n(ey - sin(rad) * w * 0.5))L\(n(ex)) \(n(ey))\" stroke=\"\(trail)\" stroke-width=\"5\" fill=\"none\"/>")
        }
    }

    mutating func snow() {
        let horizon = h * rng.range(0.5, 0.6)
        paintSky(rng.pick([.overcast, .overcast, .day, .dusk, .golden]), horizon: horizon)
        let snowWhite = RGB.hsl(210, 0.3, 0.95)
        let snowShade = RGB.hsl(215, 0.35, 0.78)
        let far = profile(count: 32, base: horizon - h * 0.06, amplitude: h * 0.08, roughness: 0.5)
        path(jagged(far, bottom: h), fade(lit(snowShade), 0.1).hex)
        for i in 0..<3 {
            let depth = (Double(i) + 1) / 3
            let ground = profile(count: 32, base: horizon + h * (0.02 + depth * depth * 0.32), amplitude: h * 0.04, roughness: 0.4)
            let fill = linear([Stop(0, fade(lit(snowWhite), depth)), Stop(1, fade(lit(snowShade), depth))])
            path(smooth(ground, bottom: h), fill)
            var l = "", r = ""
            var tx = rng.range(-40, 40)
            let size = h * (0.08 + depth * depth * 0.34)
            var houses = "", roofs = "", wins = ""
            while tx < w + 40 {
                if rng.chance(0.6) {
                    conifer(tx, height(at: tx, in: ground) + 4, size * rng.range(0.7, 1.2), tiers: 4, left: &l, right: &r)
                    tx += size * rng.range(0.2, 0.5)
                } else if i < 2 && rng.chance(0.35) {
                    let hw = size * 0.7, hh = size * 0.4, gy = height(at: tx, in: ground) + 6
                    houses += box(tx, gy - hh, hw, hh)
                    roofs += poly([(tx - 8, gy - hh), (tx + hw / 2, gy - hh - hw * 0.42), (tx + hw + 8, gy - hh)])
                    wins += box(tx + hw * 0.2, gy - hh * 0.65, hw * 0.18, hh * 0.3) + box(tx + hw * 0.6, gy - hh * 0.65, hw * 0.18, hh * 0.3)
                    tx += hw + size * 0.3
                } else {
                    tx += size * rng.range(0.3, 0.8)
                }
            }
            path(houses, fade(lit(RGB.hsl(15, 0.45, 0.35)), depth).hex)
            path(roofs, fade(lit(snowWhite), depth).hex)
            path(wins, fade(RGB.hsl(42, 0.9, 0.65), depth).hex, sky.mood == .day ? 0.6 : 0.95)
            let tree = RGB.hsl(165, 0.3, 0.2)
            path(r, fade(lit(tree), depth).hex)
            path(l, fade(lit(snowWhite.mix(tree, 0.25)), depth).hex)
            if i < 2 { mist(at: horizon + h * (0.02 + depth * depth * 0.32), thickness: h * 0.1, opacity: 0.4) }
        }
        var flakes = "", bigFlakes = ""
        for k in 0..<260 {
            let fx = rng.range(0, w), fy = rng.range(0, h)
            let r = k % 6 == 0 ? rng.range(3, 5.5) : rng.range(1, 2.6)
            let d = "M\(n(fx - r)) \(n(fy))a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0"
            if k % 6 == 0 { bigFlakes += d } else { flakes += d }
        }
        path(flakes, "#fff", 0.75)
        path(bigFlakes, "#fff", 0.55)
    }
}
