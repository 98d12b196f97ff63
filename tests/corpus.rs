//! Deterministic, realistic source files for benchmarks and incremental-analysis tests: service
//! code of the kind agents write (classes, handlers, HTTP and database calls, string constants),
//! mostly safe, with a few findings sprinkled in so that rules actually match.

/// A tiny deterministic PRNG (xorshift64*), so inputs are identical on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NOUNS: &[&str] = &["order", "invoice", "customer", "product", "shipment", "account", "session", "report", "payment", "ticket"];
const VERBS: &[&str] = &["load", "save", "update", "validate", "render", "sync", "export", "compute", "fetch", "archive"];

/// A Python module of about `lines` lines.
pub fn python(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from(
        "\"\"\"Service module generated for benchmarks.\"\"\"\nimport json\nimport logging\nimport os\nimport subprocess\n\nimport requests\n\nlog = logging.getLogger(__name__)\nAPI_URL = os.environ.get(\"API_URL\", \"https://api.internal\")\n\n\n",
    );
    let mut class_no = 0;
    while out.lines().count() < lines {
        class_no += 1;
        let noun = r.pick(NOUNS);
        out.push_str(&format!("class {}Service{class_no}:\n    \"\"\"Handles {noun} records.\"\"\"\n\n    def __init__(self, db, cache=None):\n        self.db = db\n        self.cache = cache or {{}}\n\n", capitalize(noun)));
        for m in 0..8 {
            let verb = r.pick(VERBS);
            let body = match r.below(9) {
                0 => format!("        rows = self.db.execute(\"SELECT id, total FROM {noun}s WHERE id = ?\", (item_id,))\n        return [dict(r) for r in rows]\n"),
                1 => format!("        resp = requests.get(f\"{{API_URL}}/{noun}s/{{item_id}}\", timeout=10)\n        resp.raise_for_status()\n        return resp.json()\n"),
                2 => format!("        payload = json.dumps({{\"id\": item_id, \"kind\": \"{noun}\", \"count\": len(self.cache)}})\n        log.info(\"{verb} %s\", payload)\n        return payload\n"),
                3 => "        result = subprocess.run([\"git\", \"rev-parse\", \"HEAD\"], capture_output=True, check=True)\n        return result.stdout.decode().strip()\n".to_owned(),
                4 => format!("        if item_id in self.cache:\n            return self.cache[item_id]\n        value = self.db.get(\"{noun}\", item_id)\n        self.cache[item_id] = value\n        return value\n"),
                5 => format!("        total = 0\n        for line in self.db.lines(item_id):\n            total += line.price * line.quantity\n        return round(total, 2)\n"),
                6 if r.below(4) == 0 => format!("        # legacy path kept for the {noun} importer\n        return subprocess.check_output(\"tar czf /tmp/{noun}.tgz \" + item_id, shell=True)\n"),
                7 if r.below(5) == 0 => "        return eval(item_id)\n".to_owned(),
                _ => format!("        name = \"{noun}-\" + str(item_id)\n        return {{\"name\": name, \"ok\": True, \"tags\": [\"{verb}\", \"{noun}\"]}}\n"),
            };
            out.push_str(&format!("    def {verb}_{noun}_{m}(self, item_id):\n        \"\"\"{} a {noun}.\"\"\"\n{body}\n", capitalize(verb)));
        }
        out.push('\n');
    }
    out
}

/// A JavaScript (Node/Express) module of about `lines` lines.
pub fn javascript(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from(
        "'use strict';\nconst express = require('express');\nconst { execFile } = require('child_process');\nconst db = require('./db');\n\nconst router = express.Router();\nconst API_URL = process.env.API_URL || 'https://api.internal';\n\n",
    );
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let verb = r.pick(VERBS);
        let body = match r.below(8) {
            0 => format!("  const rows = await db.query('SELECT id, total FROM {noun}s WHERE id = $1', [req.params.id]);\n  res.json(rows);\n"),
            1 => format!("  const resp = await fetch(`${{API_URL}}/{noun}s/${{encodeURIComponent(req.params.id)}}`);\n  res.json(await resp.json());\n"),
            2 => format!("  execFile('git', ['log', '-1', '--format=%H'], (err, out) => res.send(out));\n"),
            3 => format!("  const items = (req.body.items || []).map((it) => ({{ ...it, kind: '{noun}', total: it.price * it.qty }}));\n  res.json({{ count: items.length, items }});\n"),
            4 if r.below(4) == 0 => format!("  const rows = await db.query(\"SELECT * FROM {noun}s WHERE name = '\" + req.query.name + \"'\");\n  res.json(rows);\n"),
            5 if r.below(5) == 0 => "  res.json({ value: eval(req.body.expr) });\n".to_owned(),
            _ => format!("  const key = `{noun}:${{req.params.id}}`;\n  const cached = cache.get(key);\n  if (cached) return res.json(cached);\n  const value = await db.get('{noun}', req.params.id);\n  cache.set(key, value);\n  res.json(value);\n"),
        };
        out.push_str(&format!(
            "// {verb} a {noun} ({n})\nrouter.post('/{noun}s/:id/{verb}{n}', async (req, res) => {{\n{body}}});\n\nfunction {verb}{}{n}(input) {{\n  const out = [];\n  for (const item of input) {{\n    if (item && item.id) out.push({{ id: item.id, label: `{noun} ${{item.id}}` }});\n  }}\n  return out;\n}}\n\n",
            capitalize(noun)
        ));
    }
    out.push_str("module.exports = router;\n");
    out
}

/// A Go file of about `lines` lines.
pub fn go(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from(
        "package service\n\nimport (\n\t\"database/sql\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n)\n\n",
    );
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let verb = r.pick(VERBS);
        out.push_str(&format!(
            "type {N}{n} struct {{\n\tID    string  `json:\"id\"`\n\tTotal float64 `json:\"total\"`\n}}\n\n// {V}{N}{n} handles {noun} requests.\nfunc {V}{N}{n}(db *sql.DB) http.HandlerFunc {{\n\treturn func(w http.ResponseWriter, r *http.Request) {{\n\t\tid := r.URL.Query().Get(\"id\")\n\t\trow := db.QueryRow(\"SELECT id, total FROM {noun}s WHERE id = $1\", id)\n\t\tvar v {N}{n}\n\t\tif err := row.Scan(&v.ID, &v.Total); err != nil {{\n\t\t\thttp.Error(w, fmt.Sprintf(\"{noun} %s: %v\", id, err), http.StatusNotFound)\n\t\t\treturn\n\t\t}}\n\t\t_ = json.NewEncoder(w).Encode(v)\n\t}}\n}}\n\n",
            N = capitalize(noun),
            V = capitalize(verb),
        ));
    }
    out
}

/// A TypeScript (Express with types) module of about `lines` lines.
pub fn typescript(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from(
        "import express, { Request, Response } from 'express';\nimport { execFile } from 'child_process';\nimport { db } from './db';\n\nconst router = express.Router();\nconst API_URL: string = process.env.API_URL ?? 'https://api.internal';\nconst cache = new Map<string, unknown>();\n\n",
    );
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let verb = r.pick(VERBS);
        let noun_type = capitalize(noun);
        let body = match r.below(8) {
            0 => format!("  const rows: {noun_type}{n}[] = await db.query('SELECT id, total FROM {noun}s WHERE id = $1', [req.params.id]);\n  res.json(rows);\n"),
            1 => format!("  const resp = await fetch(`${{API_URL}}/{noun}s/${{encodeURIComponent(req.params.id)}}`);\n  res.json(await resp.json());\n"),
            2 => "  execFile('git', ['log', '-1', '--format=%H'], (err: Error | null, out: string) => res.send(out));\n".to_owned(),
            3 => format!("  const items: {noun_type}{n}[] = (req.body.items ?? []).map((it: {noun_type}{n}) => ({{ ...it, total: it.total * 2 }}));\n  res.json({{ count: items.length, items }});\n"),
            4 if r.below(4) == 0 => format!("  const rows = await db.query(\"SELECT * FROM {noun}s WHERE name = '\" + req.query.name + \"'\");\n  res.json(rows);\n"),
            5 if r.below(5) == 0 => "  res.json({ value: eval(String(req.body.expr)) });\n".to_owned(),
            _ => format!("  const key = `{noun}:${{req.params.id}}`;\n  const cached = cache.get(key);\n  if (cached) return res.json(cached);\n  const value: {noun_type}{n} = await db.get('{noun}', req.params.id);\n  cache.set(key, value);\n  res.json(value);\n"),
        };
        out.push_str(&format!(
            "interface {noun_type}{n} {{\n  id: string;\n  total: number;\n}}\n\n// {verb} a {noun} ({n})\nrouter.post('/{noun}s/:id/{verb}{n}', async (req: Request, res: Response) => {{\n{body}}});\n\nexport function {verb}{noun_type}{n}(input: {noun_type}{n}[]): {{ id: string; label: string }}[] {{\n  const out: {{ id: string; label: string }}[] = [];\n  for (const item of input) {{\n    if (item && item.id) out.push({{ id: item.id, label: `{noun} ${{item.id}}` }});\n  }}\n  return out;\n}}\n\n"
        ));
    }
    out.push_str("export default router;\n");
    out
}

/// A Java file (Spring controllers and services as package-private classes) of about `lines`
/// lines.
pub fn java(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from(
        "package com.example.service;\n\nimport java.sql.Connection;\nimport java.sql.PreparedStatement;\nimport java.sql.ResultSet;\nimport java.sql.SQLException;\nimport java.util.ArrayList;\nimport java.util.List;\nimport org.springframework.web.bind.annotation.*;\n\n",
    );
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let verb = r.pick(VERBS);
        let noun_type = capitalize(noun);
        let body = match r.below(6) {
            0 => format!("        try (PreparedStatement ps = conn.prepareStatement(\"SELECT id, total FROM {noun}s WHERE id = ?\")) {{\n            ps.setString(1, id);\n            ResultSet rs = ps.executeQuery();\n            return rs.next() ? rs.getString(1) : null;\n        }}\n"),
            1 if r.below(4) == 0 => format!("        try (java.sql.Statement st = conn.createStatement()) {{\n            ResultSet rs = st.executeQuery(\"SELECT * FROM {noun}s WHERE name = '\" + id + \"'\");\n            return rs.next() ? rs.getString(1) : null;\n        }}\n"),
            2 => format!("        List<String> parts = new ArrayList<>();\n        for (String p : id.split(\",\")) {{\n            parts.add(\"{noun}-\" + p.trim());\n        }}\n        return String.join(\";\", parts);\n"),
            _ => format!("        String key = \"{noun}:\" + id;\n        if (key.length() > 64) {{\n            throw new IllegalArgumentException(\"id too long\");\n        }}\n        return key.toUpperCase();\n"),
        };
        out.push_str(&format!(
            "@RestController\n@RequestMapping(\"/{noun}s{n}\")\nclass {noun_type}Controller{n} {{\n    private final Connection conn;\n\n    {noun_type}Controller{n}(Connection conn) {{\n        this.conn = conn;\n    }}\n\n    @GetMapping(\"/{{id}}/{verb}\")\n    public String {verb}{noun_type}(@PathVariable String id) throws SQLException {{\n{body}    }}\n\n    private static int score{n}(int value) {{\n        int total = 0;\n        for (int i = 0; i < value % 10; i++) {{\n            total += i * {n};\n        }}\n        return total;\n    }}\n}}\n\n"
        ));
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus_is_deterministic_and_sized() {
        let a = super::python(10_000, 7);
        assert_eq!(a, super::python(10_000, 7));
        assert!(a.lines().count() >= 10_000 && a.lines().count() < 10_100);
        assert!(super::javascript(10_000, 7).lines().count() >= 10_000);
        assert!(super::go(10_000, 7).lines().count() >= 10_000);
        assert!(super::typescript(10_000, 7).lines().count() >= 10_000);
        assert!(super::java(10_000, 7).lines().count() >= 10_000);
    }
}

/// A Terraform configuration of about `lines` lines: buckets with their companion resources,
/// security groups, IAM policies in `jsonencode`, databases and variables — the mix an agent
/// writes for an AWS stack, some of it misconfigured.
pub fn terraform(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::from("terraform {\n  required_providers {\n    aws = {\n      source  = \"hashicorp/aws\"\n      version = \"~> 5.0\"\n    }\n  }\n}\n\nvariable \"env\" {\n  type    = string\n  default = \"prod\"\n}\n\n");
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let block = match r.below(6) {
            0 => format!(
                "resource \"aws_s3_bucket\" \"{noun}{n}\" {{\n  bucket = \"acme-{noun}-{n}-${{var.env}}\"\n  tags = {{\n    Name = \"{noun}\"\n  }}\n}}\n\nresource \"aws_s3_bucket_public_access_block\" \"{noun}{n}\" {{\n  bucket                  = aws_s3_bucket.{noun}{n}.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = {}\n}}\n\nresource \"aws_s3_bucket_versioning\" \"{noun}{n}\" {{\n  bucket = aws_s3_bucket.{noun}{n}.id\n  versioning_configuration {{\n    status = \"Enabled\"\n  }}\n}}\n",
                if r.below(4) == 0 { "false" } else { "true" }
            ),
            1 => format!(
                "resource \"aws_security_group\" \"{noun}{n}\" {{\n  name   = \"{noun}-{n}\"\n  vpc_id = aws_vpc.main.id\n\n  ingress {{\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n\n  ingress {{\n    from_port   = {port}\n    to_port     = {port}\n    protocol    = \"tcp\"\n    cidr_blocks = [\"{cidr}\"]\n  }}\n\n  egress {{\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n",
                port = [22, 5432, 6379, 8080][r.below(4) as usize],
                cidr = if r.below(3) == 0 { "0.0.0.0/0" } else { "10.0.0.0/8" }
            ),
            2 => format!(
                "resource \"aws_iam_policy\" \"{noun}{n}\" {{\n  name = \"{noun}-{n}\"\n  policy = jsonencode({{\n    Version = \"2012-10-17\"\n    Statement = [\n      {{\n        Effect   = \"Allow\"\n        Action   = [\"s3:GetObject\", \"s3:PutObject\"]\n        Resource = \"arn:aws:s3:::acme-{noun}-{n}/*\"\n      }},\n      {{\n        Effect   = \"Allow\"\n        Action   = \"{action}\"\n        Resource = \"*\"\n      }},\n    ]\n  }})\n}}\n",
                action = if r.below(5) == 0 { "*" } else { "logs:PutLogEvents" }
            ),
            3 => format!(
                "resource \"aws_db_instance\" \"{noun}{n}\" {{\n  identifier              = \"{noun}-{n}\"\n  engine                  = \"postgres\"\n  engine_version          = \"16.3\"\n  instance_class          = \"db.t4g.medium\"\n  allocated_storage       = 50\n  username                = \"app\"\n  manage_master_user_password = true\n  storage_encrypted       = true\n  backup_retention_period = 7\n  deletion_protection     = true\n  publicly_accessible     = {}\n  vpc_security_group_ids  = [aws_security_group.db.id]\n}}\n",
                if r.below(6) == 0 { "true" } else { "false" }
            ),
            4 => format!(
                "resource \"aws_lb_listener\" \"{noun}{n}\" {{\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = \"HTTPS\"\n  ssl_policy        = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"\n  certificate_arn   = aws_acm_certificate.main.arn\n\n  default_action {{\n    type             = \"forward\"\n    target_group_arn = aws_lb_target_group.{noun}.arn\n  }}\n}}\n"
            ),
            _ => format!(
                "variable \"{noun}_{n}_count\" {{\n  type        = number\n  description = \"How many {noun} workers\"\n  default     = {}\n}}\n\nlocals {{\n  {noun}_{n}_name = \"${{var.env}}-{noun}-{n}\"\n}}\n",
                r.below(10)
            ),
        };
        out.push_str(&block);
        out.push('\n');
    }
    out
}

/// Kubernetes manifests of about `lines` lines: Deployments, Services and ConfigMaps in one
/// multi-document stream (what `helm template` prints).
pub fn kubernetes(lines: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::new();
    let mut n = 0;
    while out.lines().count() < lines {
        n += 1;
        let noun = r.pick(NOUNS);
        let privileged = if r.below(8) == 0 { "true" } else { "false" };
        out.push_str(&format!(
            "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {noun}-{n}\n  namespace: shop\n  labels:\n    app: {noun}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: {noun}\n  template:\n    metadata:\n      labels:\n        app: {noun}\n    spec:\n      automountServiceAccountToken: false\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n        seccompProfile:\n          type: RuntimeDefault\n      containers:\n        - name: {noun}\n          image: registry.example.com/{noun}:1.{n}.0\n          ports:\n            - containerPort: 8080\n          securityContext:\n            privileged: {privileged}\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [\"ALL\"]\n          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n              cpu: 500m\n              memory: 256Mi\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: {noun}-{n}\n  namespace: shop\nspec:\n  selector:\n    app: {noun}\n  ports:\n    - port: 80\n      targetPort: 8080\n"
        ));
    }
    out
}
