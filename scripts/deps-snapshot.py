#!/usr/bin/env python3
"""Turn public git mirrors into the normalized input directory for Redline's
offline dependency checks (known-vulnerable, malicious and typosquatted packages).

Reads only from bare git mirrors (`<mirrors>/<owner>+<name>/repo`, as brought by
`fetch github:OWNER/NAME`) with `git archive` / `git show`; no work tree needed.

Output layout (`--out DIR`, default /tmp/depsin; the managed parts are replaced):

  DIR/osv/<Ecosystem>/<ID>.json        advisory records as OSV JSON
                                       (Ecosystem = PyPI, npm, crates.io, Go)
      PyPI       westonsteimel/advisory-database-pypa vulns/**.yaml (YAML -> JSON)
      crates.io  rustsec/advisory-db branch `osv`, crates/*.json
      Go         golang/vulndb data/osv/*.json
      npm        nodejs/security-wg vuln/npm/<n>.json converted to OSV
                   (id NSWG-ECO-<n>; npm range strings kept in
                   affected[].database_specific.npm_range / npm_patched)
                 RetireJS repository/jsrepository.json, libraries with an npm
                   name only (SEMVER ranges; severity in database_specific)
      Records are kept as they are: withdrawn ones stay (the Rust side skips them).
  DIR/malicious/<Ecosystem>/<ID>.json  OSV MAL records from
                                       khulnasoft-lab/malicious-packages osv/malicious
                                       (PyPI, npm, crates.io, Go, RubyGems; osv/withdrawn skipped)
  DIR/popular/<Ecosystem>.txt          names, most popular first, one per line
                                       (lines starting with "# " are comments; a header
                                       says when a list is not truly ranked)
  DIR/known/<Ecosystem>.txt            extra names known to exist, unranked
                                       (Go: module paths in vulndb; others: packages
                                       named in non-malicious advisories)
  DIR/sources.json                     one object per source: name, repository,
                                       commit, date, licence, used_for

With --build REDLINE (a built `redline` binary) the script goes on to build the bundled
snapshot: `REDLINE deps build DIR -o DIR/snapshot.json`, then `zstd -19` of it into
--snapshot (default server/data/deps.snapshot.zst; needs the `zstd` command). Rebuild
Redline afterwards: the snapshot is embedded in the binary.

Usage: python3 scripts/deps-snapshot.py [--mirrors /work/.mirror] [--out DIR]
                                        [--build target/release/redline] [--snapshot FILE]
Standard library + PyYAML only.
"""

import argparse
import collections
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("error: PyYAML is required (pip install pyyaml)")

ECOS = ("PyPI", "npm", "crates.io", "Go")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

# name -> (owner/name, rev, licence, used_for)
SOURCES = {
    "pypa": ("westonsteimel/advisory-database-pypa", "HEAD", "CC-BY-4.0",
             "PyPI advisories (OSV YAML under vulns/); a current fork that mirrors "
             "pypa/advisory-database, whose own mirror here stopped in 2024"),
    "rustsec": ("rustsec/advisory-db", "osv", "CC0-1.0 (GHSA imports CC-BY-4.0)",
                "crates.io advisories (branch osv, crates/*.json)"),
    "vulndb": ("golang/vulndb", "HEAD", "CC-BY-4.0 (database entries)",
               "Go advisories (data/osv/*.json) and known Go module paths"),
    "nswg": ("nodejs/security-wg", "HEAD", "MIT",
             "npm advisories (vuln/npm/*.json, converted to OSV as NSWG-ECO-<id>)"),
    "retire": ("RetireJS/retire.js", "HEAD", "Apache-2.0",
               "npm advisories for JavaScript libraries that have an npm name "
               "(repository/jsrepository.json, converted to OSV)"),
    "malicious": ("khulnasoft-lab/malicious-packages", "HEAD", "Apache-2.0",
                  "malicious package records (osv/malicious; a June 2025 fork of "
                  "ossf/malicious-packages; withdrawn skipped)"),
    "toppypi": ("hugovk/top-pypi-packages", "HEAD",
                "none stated (list of public download counts)",
                "popular PyPI names ranked by 30-day downloads (top-pypi-packages.json)"),
    "topnpm": ("wooorm/npm-high-impact", "HEAD", "MIT",
               "popular npm names, ranked (lib/top.js)"),
    "topcrates": ("huhu/rust-search-extension", "HEAD", "MIT OR Apache-2.0",
                  "popular crates.io names: top ~20,000 by downloads, unordered "
                  "(extension/index/crates.js)"),
    "topgo": ("avelino/awesome-go", "HEAD", "MIT",
              "popular Go module paths (github.com links in README.md, file order, not ranked)"),
}

MAL_DIRS = {"pypi": "PyPI", "npm": "npm", "crates-io": "crates.io", "go": "Go",
            "rubygems": "RubyGems"}


# ---------------------------------------------------------------- git access

class Mirror:
    def __init__(self, root, repo, rev):
        self.repo = repo
        self.git_dir = os.path.join(root, repo.replace("/", "+"), "repo")
        self.rev = rev
        self.commit = None
        self.date = None

    def git(self, *args, binary=False):
        out = subprocess.run(["git", "--git-dir=" + self.git_dir, *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if out.returncode != 0:
            raise RuntimeError("git %s in %s failed: %s" % (
                " ".join(args), self.git_dir, out.stderr.decode(errors="replace").strip()))
        return out.stdout if binary else out.stdout.decode("utf-8")

    def check(self):
        if not os.path.isdir(self.git_dir):
            return "missing mirror %s" % self.git_dir
        try:
            line = self.git("log", "-1", "--format=%H %cI", self.rev + "^{commit}",
                            "--").strip()
        except RuntimeError as e:
            return "mirror %s has no readable revision %r (%s)" % (self.git_dir, self.rev, e)
        self.commit, self.date = line.split(" ", 1)
        return None

    def show(self, path):
        return self.git("show", "%s:%s" % (self.commit, path), binary=True)

    def files(self, path):
        """Yield (path, bytes) for every regular file under path (via git archive)."""
        proc = subprocess.Popen(["git", "--git-dir=" + self.git_dir, "archive",
                                 "--format=tar", self.commit, "--", path],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            for m in tar:
                if m.isfile():
                    yield m.name, tar.extractfile(m).read()
        err = proc.stderr.read()
        if proc.wait() != 0:
            raise RuntimeError("git archive %s %s failed: %s" % (self.git_dir, path,
                                                                  err.decode(errors="replace")))


# ---------------------------------------------------------------- helpers

def _yaml_loader():
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # keep timestamps as the strings OSV wants
        pass

    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
        for k, v in base.yaml_implicit_resolvers.items()}
    return Loader


YAML_LOADER = _yaml_loader()


class Out:
    def __init__(self, root):
        self.root = root
        self.seen = collections.defaultdict(dict)  # (kind, eco) -> id -> source path
        self.counts = collections.Counter()
        self.notes = collections.Counter()

    def write_json(self, kind, eco, rec, src):
        rid = rec.get("id")
        if not isinstance(rid, str) or not ID_RE.match(rid):
            self.notes["%s/%s: unusable id %r in %s (skipped)" % (kind, eco, rid, src)] += 1
            return False
        seen = self.seen[(kind, eco)]
        if rid in seen:
            self.notes["%s/%s: duplicate id %s (%s kept, %s skipped)" % (
                kind, eco, rid, seen[rid], src)] += 1
            return False
        seen[rid] = src
        d = os.path.join(self.root, kind, eco)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, rid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        return True

    def write_list(self, kind, eco, names, header):
        d = os.path.join(self.root, kind)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, eco + ".txt"), "w", encoding="utf-8") as f:
            for h in header:
                f.write("# " + h + "\n")
            for n in names:
                f.write(n + "\n")


def dedup(names):
    seen, out = set(), []
    for n in names:
        n = n.strip()
        if n and n not in seen and not n.startswith("#"):
            seen.add(n)
            out.append(n)
    return out


def fix_scalars(rec, notes, src):
    """OSV versions and events must be strings; coerce (and count) anything else."""
    for a in rec.get("affected") or []:
        vs = a.get("versions")
        if vs:
            for i, v in enumerate(vs):
                if not isinstance(v, str):
                    notes["non-string version coerced (%s)" % src] += 1
                    vs[i] = str(v)
        for r in a.get("ranges") or []:
            for e in r.get("events") or []:
                for k, v in e.items():
                    if not isinstance(v, str):
                        notes["non-string range event coerced (%s)" % src] += 1
                        e[k] = str(v)


def range_stats(rec, stats, eco):
    for a in rec.get("affected") or []:
        for r in a.get("ranges") or []:
            stats[(eco, r.get("type"))] += 1


# ---------------------------------------------------------------- advisories

def do_osv_tree(m, out, path, eco, ext, stats, known):
    n = 0
    for name, data in m.files(path):
        if not name.endswith(ext):
            continue
        if ext == ".yaml":
            rec = yaml.load(data.decode("utf-8"), Loader=YAML_LOADER)
        else:
            rec = json.loads(data)
        if not isinstance(rec, dict) or "id" not in rec:
            out.notes["%s: not an OSV record: %s" % (eco, name)] += 1
            continue
        fix_scalars(rec, out.notes, eco)
        range_stats(rec, stats, eco)
        if rec.get("withdrawn"):
            stats[(eco, "withdrawn")] += 1
        if out.write_json("osv", eco, rec, name):
            n += 1
            for a in rec.get("affected") or []:
                p = a.get("package") or {}
                if p.get("ecosystem") != eco:
                    out.notes["%s: affected ecosystem %r in %s" % (eco, p.get("ecosystem"), rec["id"])] += 1
                    continue
                cats = (a.get("database_specific") or {}).get("categories") or []
                if "malicious" in cats:
                    stats[(eco, "malicious-category (not in known)")] += 1
                    continue
                if p.get("name"):
                    known[eco].add(p["name"])
    return n


def nswg_to_osv(d):
    vec = d.get("cvss_vector")
    rec = {
        "schema_version": "1.6.0",
        "id": "NSWG-ECO-%s" % d["id"],
        "modified": _day(d.get("updated_at") or d.get("created_at")),
        "published": _day(d.get("publish_date") or d.get("created_at")),
        "aliases": list(d.get("cves") or []),
        "summary": d.get("title") or "",
        "details": (d.get("overview") or "")[:500],
    }
    if vec:
        rec["severity"] = [{"type": "CVSS_V3", "score": vec}]
    aff_ds = {"npm_range": d.get("vulnerable_versions") or "*"}
    if d.get("patched_versions"):
        aff_ds["npm_patched"] = d["patched_versions"]
    rec["affected"] = [{"package": {"ecosystem": "npm", "name": d["module_name"]},
                        "database_specific": aff_ds}]
    refs = [{"type": "WEB", "url": u} for u in d.get("references") or [] if u]
    if refs:
        rec["references"] = refs
    ds = {"source": "https://github.com/nodejs/security-wg/blob/main/vuln/npm/%s.json" % d["id"]}
    if not vec and d.get("cvss_score") is not None:
        ds["cvss_score"] = d["cvss_score"]
    rec["database_specific"] = ds
    return {k: v for k, v in rec.items() if v not in (None, "")}


def _day(s):
    if not s:
        return None
    return s + "T00:00:00Z" if len(s) == 10 else s


def do_nswg(m, out, stats, known):
    n = 0
    for name, data in m.files("vuln/npm"):
        if not re.search(r"/\d+\.json$", name):
            continue  # index.json
        d = json.loads(data)
        rec = nswg_to_osv(d)
        mod = d["module_name"]
        if mod != mod.lower():
            stats[("npm", "nswg uppercase module_name: " + mod)] += 1
        if not d.get("patched_versions"):
            stats[("npm", "nswg without patched_versions")] += 1
        if not d.get("cvss_vector"):
            stats[("npm", "nswg without cvss_vector")] += 1
        if out.write_json("osv", "npm", rec, name):
            n += 1
            known["npm"].add(mod)
    return n


SEV_RANK = {"LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}
SEMVERISH = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")


def do_retire(m, out, stats, known):
    repo = json.loads(m.show("repository/jsrepository.json"))
    recs = {}
    order = []
    for lib, v in repo.items():
        if not isinstance(v, dict):
            continue
        npm = v.get("npmname")
        if not npm:
            stats[("npm", "retire libraries without npm name (skipped)")] += 1
            continue
        for i, vu in enumerate(v.get("vulnerabilities") or [], 1):
            ids = vu.get("identifiers") or {}
            gh = ids.get("githubID")
            cves = [c for c in ids.get("CVE") or [] if c]
            rid = gh or (cves[0] if cves else "RETIRE-%s-%d" % (re.sub(r"[^A-Za-z0-9._-]", "_", lib), i))
            aliases = [a for a in cves + ([gh] if gh else []) if a != rid]
            below = vu.get("below")
            intro = vu.get("atOrAbove") or "0"
            events = [{"introduced": intro}]
            if below:
                events.append({"fixed": below})
            else:
                stats[("npm", "retire vulnerability without 'below'")] += 1
            for b in (vu.get("atOrAbove"), below):
                if b and b != "0" and not SEMVERISH.match(b):
                    stats[("npm", "retire bound not strict semver: %s %s" % (npm, b))] += 1
            aff = {"package": {"ecosystem": "npm", "name": npm},
                   "ranges": [{"type": "SEMVER", "events": events}]}
            sev = (vu.get("severity") or "").upper()
            if sev not in SEV_RANK:
                stats[("npm", "retire unknown severity %r" % vu.get("severity"))] += 1
                sev = None
            rec = recs.get(rid)
            if rec is None:
                rec = {"schema_version": "1.6.0", "id": rid, "modified": m.date,
                       "aliases": aliases, "summary": ids.get("summary") or "",
                       "affected": [aff],
                       "references": [{"type": "WEB", "url": u} for u in vu.get("info") or [] if u],
                       "database_specific": {"source": "retire.js jsrepository.json: " + lib}}
                if sev:
                    rec["database_specific"]["severity"] = sev
                if vu.get("cwe"):
                    rec["database_specific"]["cwe_ids"] = vu["cwe"]
                recs[rid] = rec
                order.append(rid)
            else:
                stats[("npm", "retire entries merged into an earlier record with the same id")] += 1
                if aff not in rec["affected"]:
                    rec["affected"].append(aff)
                for a in aliases:
                    if a not in rec["aliases"]:
                        rec["aliases"].append(a)
                old = rec["database_specific"].get("severity")
                if sev and SEV_RANK[sev] > SEV_RANK.get(old, 0):
                    rec["database_specific"]["severity"] = sev
            known["npm"].add(npm)
    n = 0
    for rid in order:
        rec = recs[rid]
        if not rec["aliases"]:
            del rec["aliases"]
        if not rec["summary"]:
            del rec["summary"]
        if rid in out.seen[("osv", "npm")]:
            stats[("npm", "retire id already written by nodejs/security-wg")] += 1
        if out.write_json("osv", "npm", rec, "jsrepository.json"):
            n += 1
    return n


# ---------------------------------------------------------------- malicious

def do_malicious(m, out, stats):
    counts = collections.Counter()
    for name, data in m.files("osv/malicious"):
        parts = name.split("/")
        if not name.endswith(".json") or len(parts) < 4:
            continue
        eco = MAL_DIRS.get(parts[2])
        if eco is None:
            stats[("malicious", "skipped ecosystem dir " + parts[2])] += 1
            continue
        rec = json.loads(data)
        for a in rec.get("affected") or []:
            e = (a.get("package") or {}).get("ecosystem")
            if e != eco:
                out.notes["malicious/%s: affected ecosystem %r in %s" % (eco, e, name)] += 1
        fix_scalars(rec, out.notes, "malicious/" + eco)
        if rec.get("withdrawn"):
            stats[("malicious", "withdrawn field set (kept) " + eco)] += 1
        if out.write_json("malicious", eco, rec, name):
            counts[eco] += 1
    return counts


# ---------------------------------------------------------------- popular names

def popular_pypi(m):
    d = json.loads(m.show("top-pypi-packages.json"))
    rows = sorted(d["rows"], key=lambda r: -int(r["download_count"]))
    return dedup(r["project"] for r in rows), d.get("last_update", "?")


def popular_npm(m):
    text = m.show("lib/top.js").decode("utf-8")
    body = text[text.index("["):text.rindex("]") + 1]
    if "\\" in body:
        raise RuntimeError("lib/top.js: escaped characters in names; update the parser")
    names = re.findall(r"'([^']*)'", body)
    return dedup(names)


_JS_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\bC\[\d+\]|\bN\b')


def popular_crates(m):
    text = m.show("extension/index/crates.js").decode("utf-8")
    a = text.index("JSON.parse('") + len("JSON.parse('")
    mapping = json.loads(text[a:text.index("');", a)])
    b = text.index("const crateIndex=") + len("const crateIndex=")
    e = text.rindex(";export")
    obj = text[b:e].rstrip(";")
    obj = _JS_TOKEN.sub(lambda mm: mm.group(0) if mm.group(0).startswith('"') else "null", obj)
    index = json.loads(obj)
    names = ["_".join(mapping.get(p, p) for p in k.split("_")) for k in index]
    return sorted(dedup(names), key=lambda s: (s.lower(), s))


_GH = re.compile(r"^\s*[-*]\s+\[[^\]]*\]\(\s*https?://(?:www\.)?github\.com/([^/\s)#?]+)/([^/\s)#?]+)",
                 re.I)


def popular_go(m):
    names = []
    for line in m.show("README.md").decode("utf-8").splitlines():
        g = _GH.match(line)
        if not g:
            continue
        owner, repo = g.group(1), g.group(2)
        if repo.endswith(".git"):
            repo = repo[:-4]
        names.append("github.com/%s/%s" % (owner, repo))
    return dedup(names)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--out", default="/tmp/depsin")
    ap.add_argument("--build", metavar="REDLINE", help="build the snapshot with this redline binary")
    ap.add_argument("--snapshot", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server", "data", "deps.snapshot.zst"))
    args = ap.parse_args()

    mirrors = {k: Mirror(args.mirrors, repo, rev) for k, (repo, rev, _, _) in SOURCES.items()}
    bad = []
    for k, mm in mirrors.items():
        err = mm.check()
        if err:
            bad.append("%s\n  bring it with: fetch github:%s%s" % (
                err, mm.repo, "  (branch %s needed)" % mm.rev if mm.rev != "HEAD" else ""))
    if bad:
        sys.exit("error: cannot read every source:\n" + "\n".join(bad))

    for sub in ("osv", "malicious", "popular", "known"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    os.makedirs(args.out, exist_ok=True)
    out = Out(args.out)
    stats = collections.Counter()
    known = collections.defaultdict(set)
    summary = []

    M = mirrors
    n = do_osv_tree(M["pypa"], out, "vulns", "PyPI", ".yaml", stats, known)
    summary.append(("pypa", "osv/PyPI records", n))
    n = do_osv_tree(M["rustsec"], out, "crates", "crates.io", ".json", stats, known)
    summary.append(("rustsec", "osv/crates.io records", n))
    n = do_osv_tree(M["vulndb"], out, "data/osv", "Go", ".json", stats, known)
    summary.append(("vulndb", "osv/Go records", n))
    n = do_nswg(M["nswg"], out, stats, known)
    summary.append(("nswg", "osv/npm records (NSWG-ECO)", n))
    n = do_retire(M["retire"], out, stats, known)
    summary.append(("retire", "osv/npm records (RetireJS)", n))
    mal = do_malicious(M["malicious"], out, stats)
    for eco in sorted(mal):
        summary.append(("malicious", "malicious/%s records" % eco, mal[eco]))

    names, upd = popular_pypi(M["toppypi"])
    out.write_list("popular", "PyPI", names, [
        "ranked: top PyPI projects by 30-day downloads, last_update %s" % upd,
        "source: https://github.com/hugovk/top-pypi-packages %s" % M["toppypi"].commit])
    summary.append(("toppypi", "popular/PyPI names", len(names)))
    names = popular_npm(M["topnpm"])
    out.write_list("popular", "npm", names, [
        "ranked: npm-high-impact lib/top.js (by downloads and dependents)",
        "source: https://github.com/wooorm/npm-high-impact %s" % M["topnpm"].commit])
    summary.append(("topnpm", "popular/npm names", len(names)))
    names = popular_crates(M["topcrates"])
    out.write_list("popular", "crates.io", names, [
        "not ranked: top ~20,000 crates by downloads, order lost (HashMap); sorted by name",
        "'-' and '_' are both written '_' (compare crate names with '-'/'_' normalised)",
        "source: https://github.com/huhu/rust-search-extension %s extension/index/crates.js"
        % M["topcrates"].commit])
    summary.append(("topcrates", "popular/crates.io names", len(names)))
    names = popular_go(M["topgo"])
    out.write_list("popular", "Go", names, [
        "not ranked: github.com module paths linked from awesome-go README.md, in file order",
        "source: https://github.com/avelino/awesome-go %s" % M["topgo"].commit])
    summary.append(("topgo", "popular/Go names", len(names)))

    for eco in ECOS:
        ks = known.get(eco, set())
        if eco == "Go":
            ks = ks - {"stdlib", "toolchain"}  # vulndb pseudo-modules, not module paths
        hdr = {"Go": "module paths named in golang/vulndb data/osv (without stdlib/toolchain)"}.get(
            eco, "packages named in advisories (osv/%s), malicious ones excluded" % eco)
        out.write_list("known", eco, sorted(ks), ["unranked: " + hdr])
        summary.append(("known", "known/%s names" % eco, len(ks)))

    srcs = []
    for k, (repo, rev, lic, used) in SOURCES.items():
        mm = M[k]
        srcs.append({"name": repo.split("/")[1], "repository": "https://github.com/" + repo,
                     "commit": mm.commit, "date": mm.date, "licence": lic, "used_for": used})
    with open(os.path.join(args.out, "sources.json"), "w", encoding="utf-8") as f:
        json.dump(srcs, f, ensure_ascii=False, indent=2)
        f.write("\n")

    print("wrote %s" % args.out)
    for src, what, n in summary:
        print("  %-10s %-34s %7d" % (src, what, n))
    if stats:
        print("data notes:")
        for (eco, what), n in sorted(stats.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
            print("  %-10s %-60s %6d" % (eco, what, n))
    if out.notes:
        print("warnings:")
        for w, n in sorted(out.notes.items()):
            print("  %s x%d" % (w, n))
    if not args.build:
        print("next: redline deps build %s -o server/data/deps.snapshot.zst" % args.out)
        return
    import subprocess
    plain = os.path.join(args.out, "snapshot.json")
    subprocess.run([args.build, "deps", "build", args.out, "-o", plain], check=True)
    subprocess.run(["zstd", "-19", "-q", "-f", plain, "-o", os.path.normpath(args.snapshot)], check=True)
    print("wrote %s (%d bytes); rebuild redline to embed it" % (os.path.normpath(args.snapshot), os.path.getsize(args.snapshot)))


if __name__ == "__main__":
    main()
