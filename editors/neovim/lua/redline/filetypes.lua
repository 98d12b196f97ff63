-- Filetypes Redline analyses: its languages plus config formats and dotenv files (Neovim
-- gives `.env` files the `sh` filetype), dependency manifests (requirements.txt, go.mod,
-- pom.xml) and Markdown and Makefiles (install commands).
return {
  'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'cs', 'rust',
  'c', 'cpp', 'ruby', 'php', 'sh', 'bash', 'zsh', 'terraform', 'terraform-vars', 'hcl', 'yaml',
  'json', 'jsonc', 'toml', 'dockerfile', 'dotenv', 'properties', 'conf', 'text',
  -- Dependency manifests and install commands (deps.* rules).
  'requirements', 'gomod', 'markdown', 'make', 'xml',
}
