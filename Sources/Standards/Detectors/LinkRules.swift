import Foundation

/// commercial_links and malware_links from the links in a comment.
enum LinkRules {
    static let executableExtensions: Set<String> = [
        "exe", "msi", "apk", "scr", "bat", "cmd", "jar", "vbs", "vbe", "ps1", "dmg", "pkg", "pif", "com", "hta",
        "wsf", "lnk", "xapk", "ipa", "deb", "rpm", "appimage", "run", "bin", "reg", "cpl", "js",
    ]
    static let archiveExtensions: Set<String> = ["zip", "rar", "7z", "tar", "gz", "iso", "img", "cab"]
    static let shorteners: Set<String> = [
        "bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "cutt.ly", "rebrand.ly", "shorturl.at",
        "tiny.cc", "rb.gy", "v.gd", "clck.ru", "u.to", "bitly.com", "t.ly", "s.id", "qps.ru", "lnkd.in", "adf.ly",
        "shorte.st", "bc.vc", "ouo.io", "linktr.ee",
    ]
    static let fileSharing: Set<String> = [
        "mega.nz", "mega.co.nz", "mediafire.com", "anonfiles.com", "anonfile.com", "zippyshare.com", "4shared.com",
        "rapidgator.net", "uploaded.net", "sendspace.com", "file.io", "gofile.io", "pixeldrain.com", "dropmefiles.com",
        "turbobit.net", "nitroflare.com", "uptobox.com", "letsupload.io", "workupload.com", "krakenfiles.com",
    ]
    /// Words that, next to a download or shared file, mean pirated or malicious software.
    static let malwareCues = """
    malware_links 1 | (crack|cracked|keygen|keygens|activator|nulled|warez|serial|trojan|rat|stealer|exploit|loader)
    malware_links 1 | free (download|downloads) ~2 (full|version|pro|premium|cracked|crack)
    malware_links 1 | (hack|hacking|cheat|cheats) (tool|tools|apk|download|engine)
    malware_links 1 | (скачать|скачай|качай) ~3 (бесплатно|кряк|взлом|активатор)
    malware_links 1 | (кряк|кряки|активатор|взлом|взломанная|взломанный|ключ) 
    malware_links 1 | (install|run|open|download|скачай|запусти|установи) ~3 (this|the|этот|файл) (file|app|apk|exe|приложение|программу)
    """

    static func fileExtension(_ path: String) -> String? {
        let p = path.split(separator: "?").first.map(String.init) ?? path
        guard let last = p.split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
        let ext = last[last.index(after: dot)...]
        return ext.isEmpty ? nil : String(ext)
    }

    static func detect(_ scan: TextScan, links: [FoundLink], matches: [PhraseMatcher.Match], context: CommentContext,
                       messages: Messages.Catalog) -> [Finding] {
        var findings: [Finding] = []
        let cues = matches.filter { $0.rule == .malwareLinks }
        var outside: [FoundLink] = []
        for link in links {
            if link.isAllowed(by: context.allowedDomains) { continue }
            outside.append(link)
            var malware = 0.0
            let ext = fileExtension(link.path)
            if let ext, executableExtensions.contains(ext), !(ext == "com" || ext == "js") { malware = 0.95 }
            if link.isIPAddress && !link.path.isEmpty { malware = max(malware, 0.85) }
            if link.host.hasPrefix("xn--") || link.host.contains(".xn--") { malware = max(malware, 0.7) }
            let sharing = fileSharing.contains(link.domain) || fileSharing.contains(link.host)
            let short = shorteners.contains(link.host) || shorteners.contains(link.domain)
            if !cues.isEmpty && (sharing || short || (ext.map { archiveExtensions.contains($0) } ?? false)) { malware = max(malware, 0.9) }
            if sharing, let ext, archiveExtensions.contains(ext) || executableExtensions.contains(ext) { malware = max(malware, 0.85) }
            if malware > 0 {
                findings.append(Finding(rule: .malwareLinks, start: link.start, end: link.end, confidence: malware,
                                        message: messages.text(for: .malwareLinks)))
            }
        }
        // File names of executables offered for download without a link ("download setup.exe").
        if !cues.isEmpty {
            for t in scan.tokens.indices.dropLast() {
                let a = scan.tokens[t], b = scan.tokens[t + 1]
                guard b.start == a.end + 1, scan.scalars[a.end] == ".", b.letters > 0 else { continue }
                let ext = scan.foldedString(b.start..<b.end)
                if executableExtensions.contains(ext), ext != "com", ext != "js", ext != "run", ext != "bin" {
                    findings.append(Finding(rule: .malwareLinks, start: a.start, end: b.end, confidence: 0.8,
                                            message: messages.text(for: .malwareLinks)))
                }
            }
        }
        if !outside.isEmpty {
            var domains: [String] = [], seen = Set<String>()
            for l in outside where seen.insert(l.domain).inserted && domains.count < 5 { domains.append(l.domain) }
            for l in outside {
                findings.append(Finding(rule: .commercialLinks, start: l.start, end: l.end, confidence: l.obfuscated ? 0.8 : 0.9,
                                        message: messages.links(domains)))
            }
        }
        return findings
    }
}
