-- End-to-end test in a real Neovim, configured as the README says: load the plugin from
-- editors/neovim, set `init_options` (and an empty `settings` table, which Neovim sends right
-- after start and must not reset them), open a file, type insecure lines, wait for Redline's
-- diagnostics, apply the quick fix with the cursor at the end of the flagged line, see a file an
-- agent writes behind the editor get diagnostics without being opened, and run
-- :RedlineScanWorkspace. Prints REDLINE_E2E_OK on success.
-- Run: REDLINE_BIN=target/debug/redline REDLINE_WORKDIR=$(mktemp -d) nvim --headless --clean -l editors/neovim/test/e2e.lua
local plugin = vim.fs.dirname(vim.fs.dirname(debug.getinfo(1, 'S').source:sub(2)))
vim.opt.rtp:prepend(plugin)
vim.cmd('runtime plugin/redline.lua')

local bin = assert(os.getenv('REDLINE_BIN'), 'REDLINE_BIN is not set')
local dir = assert(os.getenv('REDLINE_WORKDIR'), 'REDLINE_WORKDIR is not set')

local function fail(msg)
  io.stderr:write('REDLINE_E2E_FAIL: ' .. msg .. '\n')
  os.exit(1)
end

local function write_file(path, lines)
  local f = assert(io.open(path, 'w'))
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
end

-- What the server says on screen (`window/showMessage`), recorded on its way to the screen.
local notes = {}
local show_message = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  table.insert(notes, result and result.message)
  return show_message(err, result, ctx, config)
end

-- The workspace root: the nearest directory with `redline.toml` or `.git`.
write_file(dir .. '/redline.toml', { '# project settings' })

-- The README's configuration: a setting in init_options.
vim.lsp.config('redline', {
  cmd = { bin, 'lsp' },
  init_options = { disable = { 'secrets.*' } },
  settings = { redline = {} },
})
vim.lsp.enable('redline')
vim.diagnostic.config({ virtual_text = true })
vim.cmd.edit(dir .. '/loader.py')
vim.bo.filetype = 'python'

if not vim.wait(15000, function() return #vim.lsp.get_clients({ bufnr = 0, name = 'redline' }) > 0 end, 50) then
  fail('the redline client did not attach')
end
local client = vim.lsp.get_clients({ bufnr = 0, name = 'redline' })[1]
if not vim.wait(15000, function() return client.initialized end, 50) then
  fail('the server did not initialize')
end

-- "Type" insecure lines as an agent would: a GitHub token (its rules are disabled in
-- init_options) and an unsafe YAML load.
local loader = vim.api.nvim_get_current_buf()
vim.api.nvim_buf_set_lines(loader, 0, -1, false, {
  'import yaml',
  '',
  'TOKEN = "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"',
  '',
  'def load(stream):',
  '    return yaml.load(stream)  # config from the request',
})

local function redline_diags(bufnr)
  return vim.tbl_filter(function(d) return d.source == 'redline' end, vim.diagnostic.get(bufnr))
end
if not vim.wait(15000, function() return #redline_diags(loader) > 0 end, 50) then
  fail('no diagnostic from redline')
end
-- Give a late secret diagnostic the chance to show up: it must not.
vim.wait(500)
local diags = redline_diags(loader)
if #diags ~= 1 or diags[1].code ~= 'python.yaml-load-without-loader' then
  fail('init_options not honoured; diagnostics: ' .. vim.inspect(vim.tbl_map(function(d) return d.code end, diags)))
end
local diag = diags[1]
print('diagnostic: ' .. diag.code .. ' at line ' .. (diag.lnum + 1))

-- Apply the quick fix with the cursor at the end of the line, right of the flagged call (in
-- the comment), the way a user presses `gra` anywhere on a squiggled line.
local line = vim.api.nvim_buf_get_lines(loader, diag.lnum, diag.lnum + 1, false)[1]
vim.api.nvim_win_set_cursor(0, { diag.lnum + 1, #line - 1 })
vim.lsp.buf.code_action({
  apply = true,
  context = { only = { 'quickfix' } },
  filter = function(action) return action.isPreferred == true end,
})
local want = '    return yaml.safe_load(stream)  # config from the request'
if not vim.wait(15000, function() return vim.api.nvim_buf_get_lines(loader, 5, 6, false)[1] == want end, 50) then
  fail('quick fix not applied from the end of the line; line 6 is: ' .. tostring(vim.api.nvim_buf_get_lines(loader, 5, 6, false)[1]))
end
if not vim.wait(15000, function() return #redline_diags(loader) == 0 end, 50) then
  fail('diagnostic still present after the fix')
end
print('quick fix applied from the end of the line')

-- An agent writes a file behind the editor. Neovim on Linux cannot watch files for the server;
-- the server watches the workspace itself, and the diagnostics arrive for a buffer that was
-- never opened.
local written = dir .. '/agent_written.py'
write_file(written, { 'import subprocess', '', 'def build(cmd):', '    subprocess.run(cmd, shell=True, check=True)' })
local written_buf = vim.uri_to_bufnr(vim.uri_from_fname(written))
if not vim.wait(15000, function() return #redline_diags(written_buf) > 0 end, 50) then
  fail('no diagnostics for the file written behind the editor')
end
if redline_diags(written_buf)[1].code ~= 'python.subprocess-shell-true' then
  fail('unexpected diagnostic for the written file: ' .. tostring(redline_diags(written_buf)[1].code))
end
if vim.api.nvim_buf_is_loaded(written_buf) then
  fail('the written file was opened')
end
print('file written behind the editor: ' .. redline_diags(written_buf)[1].code)

-- :RedlineScanWorkspace says what it found on screen.
vim.cmd('RedlineScanWorkspace')
local function scanned()
  for _, n in ipairs(notes) do
    if type(n) == 'string' and n:find('scanned %d+ files') then return n end
  end
end
if not vim.wait(15000, function() return scanned() ~= nil end, 50) then
  fail('no message after :RedlineScanWorkspace; messages: ' .. vim.inspect(notes))
end
print('scan: ' .. scanned())

print('REDLINE_E2E_OK')
vim.cmd('qa!')
