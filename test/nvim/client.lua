-- A real second LSP client: Neovim's built-in one, headless. It attaches dist/server.js --stdio to
-- a Markdown buffer, waits for the diagnostics, applies the preferred quick fix of one diagnostic
-- through the client's own workspace-edit machinery, and writes what it saw as JSON.
-- Arguments come from the environment: DL_SERVER, DL_FILE, DL_OUT, DL_RULE.
local server = os.getenv('DL_SERVER')
local file = os.getenv('DL_FILE')
local out = os.getenv('DL_OUT')
local rule = os.getenv('DL_RULE')
local result = { diagnostics = {}, applied = false, errors = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'disclosure-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { lintDelay = 0, displayLanguage = 'zh-cn' },
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  assert(got, 'no diagnostics within 15 s')
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message, severity = d.severity })
  end

  -- Put the cursor on the chosen diagnostic and ask for code actions as the user would.
  local chosen
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp
    if (d.code or (lsp and lsp.code)) == rule then chosen = d end
  end
  assert(chosen, 'no diagnostic of rule ' .. rule)
  vim.api.nvim_win_set_cursor(0, { chosen.lnum + 1, chosen.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, chosen.lnum) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  for _, r in pairs(responses or {}) do
    for _, action in ipairs(r.result or {}) do
      local about = action.diagnostics and action.diagnostics[1] and action.diagnostics[1].code
      if action.isPreferred and action.edit and about == rule and not result.applied then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        result.applied = true
        result.title = action.title
      end
    end
  end
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
