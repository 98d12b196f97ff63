//! Infrastructure as code: `[iac]` rules over the resources of Terraform, Kubernetes and
//! Compose files.
//!
//! [`model`] reads a file's syntax tree into values (maps, lists, scalars with their ranges);
//! [`resources`] picks out what rules look at (Terraform `resource`/`data` blocks, Kubernetes
//! objects with their pod specs and containers, Compose services); [`eval`] evaluates a rule's
//! condition on each resource and says where the finding goes. The engine calls [`check`]
//! once per file: resources refer to each other (`bucket = aws_s3_bucket.b.id`), so an edit
//! re-runs every `[iac]` rule of the file, which costs a walk of its tree.

pub mod eval;
pub mod model;

use std::ops::Range;
use std::path::Path;

use redline_rules::IacPlatform;
use tree_sitter::Tree;

use model::{NodeId, Value, Values};

/// One thing a rule looks at.
#[derive(Debug, Clone)]
pub struct Resource {
    /// Terraform type (`aws_s3_bucket`, `data.aws_iam_policy_document`), Kubernetes kind,
    /// `pod`, `container`, or `service`.
    pub kind: String,
    pub name: String,
    pub root: NodeId,
    /// Where a finding about the resource as a whole goes (its first line).
    pub header: Range<usize>,
    /// Kubernetes containers: the pod spec they run in.
    pub pod: Option<NodeId>,
    /// The whole document (Kubernetes object, Compose file).
    pub doc: Option<NodeId>,
}

/// The resources of one platform in a file, over that file's values.
pub struct Model<'v> {
    pub values: &'v Values,
    pub resources: Vec<Resource>,
    /// Resources by kind, in file order.
    by_kind: std::collections::HashMap<String, Vec<usize>>,
    /// Terraform resources by address (`aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`).
    by_address: std::collections::HashMap<String, usize>,
    /// For each `referenced_by` condition (by its address in the rule): what the resources it
    /// asks about refer to. Built on first use, once per file, so the check is a lookup
    /// instead of a scan of every resource for every resource.
    pub(crate) referenced: std::cell::RefCell<std::collections::HashMap<usize, std::rc::Rc<eval::Referenced>>>,
}

/// Whether `path`'s name says it is a Compose file.
pub fn compose_by_name(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    (name.ends_with(".yml") || name.ends_with(".yaml")) && (name.starts_with("docker-compose") || name.starts_with("compose") || name.contains("-compose.") || name.contains(".compose."))
}

impl<'v> Model<'v> {
    pub fn new(values: &'v Values, resources: Vec<Resource>) -> Model<'v> {
        let mut by_kind: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        let mut by_address = std::collections::HashMap::new();
        for (i, r) in resources.iter().enumerate() {
            by_kind.entry(r.kind.clone()).or_default().push(i);
            by_address.entry(format!("{}.{}", r.kind, r.name)).or_insert(i);
        }
        Model { values, resources, by_kind, by_address, referenced: Default::default() }
    }

    /// The resources of the given kinds (`*` = all), in file order.
    pub fn of_kinds(&self, kinds: &[String]) -> Vec<usize> {
        if kinds.iter().any(|k| k == "*") {
            return (0..self.resources.len()).collect();
        }
        let mut out: Vec<usize> = kinds.iter().filter_map(|k| self.by_kind.get(k)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The Terraform resource at an address.
    pub fn at_address(&self, address: &str) -> Option<usize> {
        self.by_address.get(address).copied()
    }
}

/// The resources of a Terraform file: its `resource`, `data` and `module` blocks.
pub fn terraform_resources(blocks: Vec<model::HclBlock>) -> Vec<Resource> {
    blocks.into_iter().map(|b| Resource { kind: b.kind, name: b.name, root: b.body, header: b.header, pod: None, doc: None }).collect()
}

/// The Kubernetes objects of a YAML stream, with each workload's pod spec and containers.
pub fn kubernetes_resources(values: &Values, docs: &[NodeId], text: &str) -> Vec<Resource> {
    let mut resources = Vec::new();
    for &doc in docs {
        kubernetes_objects(values, doc, text, &mut resources);
    }
    resources
}

/// The services of a Compose file (one named like a Compose file, or any document that
/// looks like one).
pub fn compose_resources(values: &Values, docs: &[NodeId], text: &str, path: &Path) -> Vec<Resource> {
    let by_name = compose_by_name(path);
    let mut resources = Vec::new();
    for &doc in docs {
        if !(by_name || looks_like_compose(values, doc)) {
            continue;
        }
        let Some(services) = values.children(doc, "services").next() else { continue };
        let Value::Map(entries) = &values.get(services).value else { continue };
        for (name, svc) in entries {
            if matches!(values.get(*svc).value, Value::Map(_)) {
                let header = first_line(text, values.get(*svc).entry.clone());
                resources.push(Resource { kind: "service".into(), name: name.clone(), root: *svc, header, pod: None, doc: Some(doc) });
            }
        }
    }
    resources
}

/// A Compose file not named like one: top-level `services` whose entries have an `image` or a
/// `build`, and nothing that makes it a Kubernetes object or a CI workflow.
fn looks_like_compose(values: &Values, doc: NodeId) -> bool {
    if values.children(doc, "apiVersion").next().is_some() || values.children(doc, "jobs").next().is_some() {
        return false;
    }
    let Some(services) = values.children(doc, "services").next() else { return false };
    let Value::Map(entries) = &values.get(services).value else { return false };
    !entries.is_empty()
        && entries.iter().any(|(_, s)| values.children(*s, "image").next().is_some() || values.children(*s, "build").next().is_some())
}

/// Where each workload kind keeps its pod spec.
fn pod_spec_path(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "Pod" => &["spec"],
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "ReplicationController" | "Job" => &["spec", "template", "spec"],
        "CronJob" => &["spec", "jobTemplate", "spec", "template", "spec"],
        "PodTemplate" => &["template", "spec"],
        _ => return None,
    })
}

fn kubernetes_objects(values: &Values, doc: NodeId, text: &str, out: &mut Vec<Resource>) {
    let (Some(kind), Some(_)) = (values.literal(doc, "kind"), values.children(doc, "apiVersion").next()) else { return };
    if kind == "List" {
        // `kind: List` wraps objects in `items` (`kubectl get -o yaml`).
        let mut items = Vec::new();
        for list in values.children(doc, "items") {
            values.items(list, &mut items);
        }
        for item in items {
            kubernetes_objects(values, item, text, out);
        }
        return;
    }
    let name = values.children(doc, "metadata").find_map(|m| values.literal(m, "name")).unwrap_or("").to_owned();
    let name_entry = values.children(doc, "metadata").find_map(|m| values.children(m, "name").next());
    let header = match name_entry {
        Some(n) => first_line(text, values.get(n).entry.clone()),
        None => first_line(text, values.get(doc).range.clone()),
    };
    out.push(Resource { kind: kind.to_owned(), name: name.clone(), root: doc, header, pod: None, doc: Some(doc) });
    let Some(path) = pod_spec_path(kind) else { return };
    let mut pod = Some(doc);
    for seg in path {
        pod = pod.and_then(|p| values.children(p, seg).next());
    }
    let Some(pod) = pod.filter(|p| matches!(values.get(*p).value, Value::Map(_))) else { return };
    let pod_header = first_line(text, values.get(pod).entry.clone());
    out.push(Resource { kind: "pod".into(), name: name.clone(), root: pod, header: pod_header, pod: Some(pod), doc: Some(doc) });
    for key in ["containers", "initContainers", "ephemeralContainers"] {
        let mut items = Vec::new();
        for list in values.children(pod, key) {
            values.items(list, &mut items);
        }
        for c in items {
            if !matches!(values.get(c).value, Value::Map(_)) {
                continue;
            }
            let cname = values.literal(c, "name").unwrap_or("").to_owned();
            let header = first_line(text, values.get(c).range.clone());
            out.push(Resource { kind: "container".into(), name: cname, root: c, header, pod: Some(pod), doc: Some(doc) });
        }
    }
}

/// The first line of `range` (without the line break and trailing spaces).
pub fn first_line(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = text.get(range.clone()).unwrap_or("");
    let len = slice.find('\n').unwrap_or(slice.len());
    let len = slice[..len].trim_end().len();
    range.start..range.start + len.max(1).min(slice.len().max(1))
}

/// What one `[iac]` rule found.
#[derive(Debug, Clone)]
pub struct IacFinding {
    /// Index of the rule in the rule list given to [`check`].
    pub rule: usize,
    pub range: Range<usize>,
    /// The resource (or block) the finding is about.
    pub span: Range<usize>,
    /// The quick fix: the flagged value's range and the value to write.
    pub fix: Option<(Range<usize>, String)>,
}

/// Runs `rules` (all of one language) over a file. The file is read into values once; the
/// Kubernetes and Compose rules of a YAML file share them.
pub fn check(path: &Path, tree: &Tree, text: &str, rules: &[&eval::IacRule]) -> Vec<IacFinding> {
    let wanted = |platform: IacPlatform| -> Vec<(usize, &eval::IacRule)> {
        rules.iter().enumerate().filter(|(_, r)| r.platform == platform).map(|(i, r)| (i, *r)).collect()
    };
    let (terraform, kubernetes, compose) = (wanted(IacPlatform::Terraform), wanted(IacPlatform::Kubernetes), wanted(IacPlatform::Compose));
    let mut out = Vec::new();
    let mut run = |model: &Model, wanted: &[(usize, &eval::IacRule)]| {
        for (index, rule) in wanted {
            out.extend(rule.run(model, text).into_iter().map(|f| IacFinding { rule: *index, ..f }));
        }
    };
    if !terraform.is_empty() {
        let (values, blocks) = model::terraform(tree, text);
        run(&Model::new(&values, terraform_resources(blocks)), &terraform);
    }
    if !kubernetes.is_empty() || !compose.is_empty() {
        let (values, docs) = model::yaml(tree, text);
        for (resources, wanted) in [
            (if kubernetes.is_empty() { Vec::new() } else { kubernetes_resources(&values, &docs, text) }, &kubernetes),
            (if compose.is_empty() { Vec::new() } else { compose_resources(&values, &docs, text, path) }, &compose),
        ] {
            if !resources.is_empty() {
                run(&Model::new(&values, resources), wanted);
            }
        }
    }
    out
}
