-- Filetypes Redline analyses: its languages plus config formats and dotenv files (Neovim
-- gives `.env` files the `sh` filetype).
return {
  'python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'cs', 'rust',
  'c', 'cpp', 'ruby', 'php', 'sh', 'bash', 'zsh', 'terraform', 'terraform-vars', 'hcl', 'yaml',
  'json', 'jsonc', 'toml', 'dockerfile', 'dotenv', 'properties', 'conf', 'text',
}
