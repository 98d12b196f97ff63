//! End-to-end tests of `[iac]` rules through the real binary, with rules of the test's own (so
//! the engine's semantics are pinned whatever the built-in rules say): where findings land,
//! references between Terraform resources, policies inside `jsonencode` and heredocs, unknown
//! values, Kubernetes pod/container precedence across documents, Compose files recognised by
//! content, quick fixes, and a broken condition reported with its line and column.

use redline_tests::{run, temp_tree, Output};
use serde_json::Value;

fn findings(out: &Output, prefix: &str) -> Vec<(String, u64, u64)> {
    let v: Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {out:?}"));
    let mut got: Vec<(String, u64, u64)> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"].as_str().unwrap_or_default().starts_with(prefix))
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_owned(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["end"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    got.sort();
    got
}

fn rule(id: &str, language: &str, iac: &str, example: (&str, &str)) -> String {
    format!(
        r#"id = "{id}"
title = "test rule"
severity = "high"
confidence = "high"
languages = ["{language}"]
cwe = ["CWE-284"]
message = "test finding"
docs = "test"

[iac]
{iac}

[[examples]]
filename = "{}"
code = '''
{}
'''
"#,
        example.0, example.1
    )
}

const TF_EXAMPLE: (&str, &str) = ("x.tf", "# ruleid: acme.x\nresource \"aws_s3_bucket\" \"a\" {}\n# ok: acme.x\nresource \"aws_s3_bucket_policy\" \"b\" {}\n");

fn terraform_rules() -> Vec<(String, String)> {
    let ex = |id: &str| (TF_EXAMPLE.0, TF_EXAMPLE.1.replace("acme.x", id));
    let r = |id: &str, body: &str| {
        let (f, code) = ex(id);
        (format!("rules/{id}.toml"), rule(id, "hcl", &format!("platform = \"terraform\"\n{body}"), (f, &code)))
    };
    vec![
        r("acme.versioning", "resources = [\"aws_s3_bucket\"]\nfail = 'not referenced_by(\"aws_s3_bucket_versioning\", bucket, versioning_configuration.status == \"Enabled\")'"),
        r("acme.public-read", "resources = [\"aws_s3_bucket\", \"aws_s3_bucket_policy\"]\nfail = 'acl in [\"public-read\", \"public-read-write\"]'\nset = { acl = '\"private\"' }"),
        r("acme.policy-star", "resources = [\"aws_iam_policy\", \"aws_s3_bucket_policy\"]\nfail = 'policy.Statement.Action == \"*\" or policy.Statement.Principal == \"*\" or policy.Statement.Principal.AWS == \"*\"'"),
        r("acme.ssh-open", "resources = [\"aws_security_group\", \"aws_s3_bucket_policy\"]\nfail = 'any(ingress, cidr_blocks == \"0.0.0.0/0\" and ports(from_port, to_port, [22]))'"),
    ]
}

#[test]
fn terraform_findings_land_on_the_wrong_attribute_or_the_header_that_lacks_it() {
    let tf = r#"resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  acl    = "public-read"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  acl    = var.acl
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_s3_bucket_policy" "open" {
  bucket = aws_s3_bucket.data.id
  policy = <<POLICY
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:GetObject"}]}
POLICY
}

resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  dynamic "ingress" {
    for_each = var.admin_ports
    content {
      from_port   = 20
      to_port     = 25
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.office_cidr]
  }
}
"#;
    let mut files: Vec<(String, String)> = terraform_rules();
    files.push(("redline.toml".into(), "rule-dirs = [\"rules\"]\n".into()));
    files.push(("main.tf".into(), tf.into()));
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, t)| (p.as_str(), t.as_bytes())).collect();
    let dir = temp_tree(&refs);
    let out = run(dir.path(), &["check", "--format", "json", "main.tf"], None);
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(
        findings(&out, "acme."),
        [
            ("acme.policy-star".to_owned(), 24, 24), // `Action = "*"` inside jsonencode
            ("acme.policy-star".to_owned(), 32, 34), // the heredoc policy (values read from JSON sit at the heredoc)
            ("acme.public-read".to_owned(), 3, 3),   // the attribute, not the resource; `var.acl` is unknown
            ("acme.ssh-open".to_owned(), 44, 44),    // the `dynamic "ingress"` header; the `var.` CIDR is unknown
            ("acme.versioning".to_owned(), 1, 1),    // the header of the bucket no versioning resource names
        ],
        "{}",
        out.stdout
    );
    // The fix writes the safe value in place of the flagged one.
    let fixed = run(dir.path(), &["check", "--stdin-filename", "main.tf", "--fix"], Some(tf.as_bytes()));
    assert!(fixed.stdout.contains("  acl    = \"private\"\n") && fixed.stdout.contains("acl    = var.acl"), "{}", fixed.stdout);
}

#[test]
fn kubernetes_containers_see_their_pod_and_every_document_and_list_item_counts() {
    let iac = r#"platform = "kubernetes"
resources = ["container"]
fail = '''
securityContext.runAsUser == 0
or (not securityContext.runAsNonRoot == true and not ($pod.securityContext.runAsNonRoot == true and missing(securityContext.runAsNonRoot)))
'''"#;
    let example = ("p.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    # ruleid: acme.root\n    - name: a\n      image: x\n    # ok: acme.root\n    - name: b\n      image: x\n      securityContext:\n        runAsNonRoot: true\n");
    let flags = r#"platform = "kubernetes"
resources = ["container"]
when = 'command =~ "^kube-apiserver$"'
fail = 'not command =~ "^--audit-log-path="'
report = "command""#;
    let flags_example = ("a.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: x\n      # ruleid: acme.audit\n      command:\n        - kube-apiserver\n    - name: b\n      image: x\n      # ok: acme.audit\n      command: [\"kube-apiserver\", \"--audit-log-path=/var/log/a\"]\n");
    let manifest = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: web:1.2
      initContainers:
        - name: init
          image: busybox:1.36
          securityContext:
            runAsUser: 0
---
apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: nightly
    spec:
      jobTemplate:
        spec:
          template:
            spec:
              containers:
                - name: job
                  image: tool:2
---
apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.30.0
      securityContext:
        runAsNonRoot: true
      command:
        - kube-apiserver
        - --authorization-mode=Node,RBAC
---
not: kubernetes
"#;
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"rules\"]\n"),
        ("rules/root.toml", rule("acme.root", "yaml", iac, example).as_bytes()),
        ("rules/audit.toml", rule("acme.audit", "yaml", flags, flags_example).as_bytes()),
        ("deploy.yaml", manifest.as_bytes()),
    ]);
    let tested = run(dir.path(), &["test-rules", "rules"], None);
    assert_eq!(tested.code, 0, "{}", tested.stdout);
    let out = run(dir.path(), &["check", "--format", "json", "deploy.yaml"], None);
    assert_eq!(
        findings(&out, "acme."),
        [
            ("acme.audit".to_owned(), 45, 45), // the `command:` line of the apiserver container
            ("acme.root".to_owned(), 17, 17),  // the init container's own runAsUser: 0 wins over the pod's runAsNonRoot
            ("acme.root".to_owned(), 32, 32),  // the CronJob inside a List, with no securityContext anywhere
        ],
        "{}",
        out.stdout
    );
}

#[test]
fn compose_files_are_recognised_by_content_and_workflows_are_not() {
    let iac = "platform = \"compose\"\nresources = [\"service\"]\nfail = 'privileged == true'\nset = { privileged = \"false\" }";
    let example = ("docker-compose.yml", "services:\n  a:\n    image: x\n    # ruleid: acme.priv\n    privileged: true\n  b:\n    image: x\n    # ok: acme.priv\n    privileged: false\n");
    let stack = "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n";
    let workflow = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres\n        privileged: true\n    steps:\n      - run: make\n";
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"rules\"]\n"),
        ("rules/priv.toml", rule("acme.priv", "yaml", iac, example).as_bytes()),
        ("deploy/stack.yml", stack.as_bytes()),
        ("ci.yml", workflow.as_bytes()),
    ]);
    let out = run(dir.path(), &["check", "--format", "json", "deploy/stack.yml", "ci.yml"], None);
    assert_eq!(findings(&out, "acme."), [("acme.priv".to_owned(), 4, 4)], "{}", out.stdout);
    let fixed = run(dir.path(), &["check", "--stdin-filename", "deploy/stack.yml", "--fix"], Some(stack.as_bytes()));
    assert!(fixed.stdout.contains("privileged: false"), "{}", fixed.stdout);
}

#[test]
fn a_broken_condition_is_reported_at_its_line_and_column_and_the_scan_still_runs() {
    let example = |id: &str| TF_EXAMPLE.1.replace("acme.x", id);
    let broken = rule("acme.broken", "hcl", "platform = \"terraform\"\nresources = [\"aws_s3_bucket\"]\nfail = 'acl === \"public-read\"'", (TF_EXAMPLE.0, &example("acme.broken")));
    let bad_regex = rule("acme.regex", "hcl", "platform = \"terraform\"\nresources = [\"aws_s3_bucket\"]\nfail = 'acl =~ \"(unclosed\"'", (TF_EXAMPLE.0, &example("acme.regex")));
    let dir = temp_tree(&[
        ("redline.toml", b"rule-dirs = [\"rules\"]\n"),
        ("rules/broken.toml", broken.as_bytes()),
        ("rules/regex.toml", bad_regex.as_bytes()),
        ("main.tf", b"resource \"aws_db_instance\" \"db\" {\n  publicly_accessible = true\n}\n"),
    ]);
    let out = run(dir.path(), &["check", "main.tf"], None);
    assert_eq!(out.code, 2, "{out:?}");
    // `fail = 'acl === …'` is line 13; the content starts at column 9, `==` at 13, the third `=` at 15.
    assert!(out.stdout.contains("broken.toml:13:15") && out.stdout.contains("invalid iac condition: unexpected character `=`"), "{}", out.stdout);
    assert!(out.stdout.contains("regex.toml") && out.stdout.contains("bad regex in iac condition"), "{}", out.stdout);
}
