-- Headless Neovim (0.7+) as an independent LSP client of a stdio language server. Driven by neovim.e2e.ts:
--   LSP_CMD='["node","dist/server.js","--stdio"]' LSP_FILE=/abs/Dockerfile LSP_OUT=/abs/out.json \
--   LSP_LANGUAGE_ID=dockerfile|ruby \
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/nvim-lsp.lua'
-- Opens LSP_FILE, waits for its publishDiagnostics, then asks for a hover and the code actions at the first
-- diagnostic, and writes {received, elapsed_ms, lsp (raw diagnostics), diagnostics (vim.diagnostic.get),
-- hover, actions} to LSP_OUT. Exits 0 when diagnostics arrived, 1 on timeout, 2 when the server did not start.
local env = vim.env
local file = vim.fn.fnamemodify(assert(env.LSP_FILE, 'LSP_FILE not set'), ':p')
local out = assert(env.LSP_OUT, 'LSP_OUT not set')
local cmd = vim.fn.json_decode((assert(env.LSP_CMD, 'LSP_CMD not set')))
local timeout = tonumber(env.LSP_TIMEOUT_MS or '20000')
local root = vim.fn.fnamemodify(file, ':h')
local uri = vim.uri_from_fname(file)

local function write(tbl)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(tbl))
  f:close()
end

local t0 = vim.loop.hrtime()
local received, raw = false, nil
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'boxlint',
  cmd = cmd,
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  get_language_id = function() return env.LSP_LANGUAGE_ID or 'dockerfile' end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      default_handler(err, result, ctx, config) -- fills vim.diagnostic, as in a user's setup
      if result and result.uri == uri then received, raw = true, result.diagnostics end
    end,
  },
})
if not client_id then
  write({ received = false, error = 'start_client failed' })
  vim.cmd('cquit 2')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id) -- initialize (once the server is up) + didOpen
vim.wait(timeout, function() return received end, 20)
local elapsed = math.floor((vim.loop.hrtime() - t0) / 1e6)

local hover, actions = nil, {}
if received and raw[1] then
  local first = raw[1]
  local doc = { uri = uri }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = doc, position = first.range.start }, 5000)
  for _, r in pairs(res or {}) do if r.result then hover = r.result.contents.value end end
  res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = doc, range = first.range, context = { diagnostics = { first }, only = { 'quickfix' } } }, 5000)
  for _, r in pairs(res or {}) do for _, a in ipairs(r.result or {}) do table.insert(actions, a.title) end end
end

local diags = vim.diagnostic.get(bufnr)
for _, d in ipairs(diags) do d.user_data = nil end
write({ received = received, elapsed_ms = elapsed, lsp = raw or {}, diagnostics = diags, hover = hover or vim.NIL, actions = actions })

local client = vim.lsp.get_client_by_id(client_id)
if client then client.stop() end -- shutdown + exit, so the server ends on its own
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd(received and 'qall!' or 'cquit 1')
