# bash completion for lexgap -- installed by `make install` as
# $(PREFIX)/share/bash-completion/completions/lexgap; in a checkout,
# `source scripts/completion.bash`.
#
# Commands and options are read from lexgap's own --help, so they are those
# of the lexgap being completed; formats, languages and the other values are
# listed here.  Instrument ids are the folders of the rules directory that
# hold an instrument.lua: the one given with --rules, else $LEXGAP_RULES,
# else rules/ beside the lexgap being run, else the installed rules.

_lexgap_installed_rules='@DATADIR@/rules'

# _lexgap_rules_dir: the rules directory the command line being completed uses
_lexgap_rules_dir() {
  local i exe dir
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} == --rules ]]; then printf '%s\n' "${COMP_WORDS[i + 1]}"; return; fi
    if [[ ${COMP_WORDS[i]} == --rules=* ]]; then printf '%s\n' "${COMP_WORDS[i]#--rules=}"; return; fi
  done
  if [[ -n ${LEXGAP_RULES:-} ]]; then printf '%s\n' "$LEXGAP_RULES"; return; fi
  exe=$(type -P -- "${COMP_WORDS[0]}" 2>/dev/null)
  if [[ -n $exe ]]; then
    dir=$(dirname -- "$(readlink -f -- "$exe")")/rules
    if [[ -d $dir ]]; then printf '%s\n' "$dir"; return; fi
  fi
  printf '%s\n' "$_lexgap_installed_rules"
}

# _lexgap_instruments: the ids of the instruments in the rules directory
_lexgap_instruments() {
  local dir f
  dir=$(_lexgap_rules_dir)
  for f in "$dir"/*/instrument.lua; do
    [[ -e $f ]] && basename -- "$(dirname -- "$f")"
  done
}

# _lexgap_formats COMMAND: the values of --format for COMMAND
_lexgap_formats() {
  case $1 in
    assess|show) echo "text md json html csv summary" ;;
    questionnaire) echo "profile md html" ;;
    matrix) echo "text csv json html" ;;
    *) echo "text json" ;;
  esac
}

_lexgap() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} != -* ]]; then cmd=${COMP_WORDS[i]}; break; fi
  done

  if [[ -z $cmd ]]; then
    # the commands, as `lexgap --help` lists them
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" --help 2>/dev/null | sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p')" -- "$cur"))
    return
  fi

  case $prev in
    --format) COMPREPLY=($(compgen -W "$(_lexgap_formats "$cmd")" -- "$cur")); return ;;
    --lang)
      if [[ $cmd == texts || $cmd == search ]]; then COMPREPLY=($(compgen -W "en fr es" -- "$cur"))
      else COMPREPLY=($(compgen -W "en fr" -- "$cur")); fi
      return ;;
    --instrument) COMPREPLY=($(compgen -W "$(_lexgap_instruments)" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "article obligation" -- "$cur")); return ;;
    --method) COMPREPLY=($(compgen -W "auto fts5 like" -- "$cur")); return ;;
    --only) COMPREPLY=($(compgen -W "gaps" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "gap unknown incomplete none" -- "$cur")); return ;;
    --rules) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --db|-o|--output) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --as-of|--limit|--source) return ;;   # a date, a number, a name: nothing to offer
  esac

  if [[ $cur == -* ]]; then
    # the options, as `lexgap COMMAND --help` lists them
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)" -- "$cur"))
    return
  fi

  case $cmd in
    assess) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur")) ;;   # profiles
    texts)
      if [[ $prev == texts ]]; then COMPREPLY=($(compgen -W "import show" -- "$cur"))
      else compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); fi ;;
  esac
}

complete -F _lexgap lexgap ./lexgap
