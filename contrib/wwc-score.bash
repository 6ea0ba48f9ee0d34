# Bash completion for wwc-score(1): commands, options, format names, criteria
# set ids and files. Commands, options and formats are read from the binary's
# own --help, so they cannot drift from it. Plain bash (COMP_WORDS, compgen):
# the bash-completion package's helpers are not needed.

# The --help of `$1 $2...`, in English whatever the language (its headings are read below).
_wwc_score_help() {
    LANGUAGE=en "$@" --help 2>/dev/null
}

# Adds the words of $1 that start with $2 to COMPREPLY.
_wwc_score_words() {
    local word
    while IFS= read -r word; do
        [[ -n $word ]] && COMPREPLY+=("$word")
    done < <(compgen -W "$1" -- "$2")
    return 0
}

# Adds the files starting with $1; with $2 set, only *.yaml, *.yml and folders.
_wwc_score_files() {
    local file
    while IFS= read -r file; do
        [[ -z ${2:-} || -d $file || $file == *.yaml || $file == *.yml ]] && COMPREPLY+=("$file")
    done < <(compgen -f -- "$1")
    compopt -o filenames 2>/dev/null  # quote names, add / to folders
    return 0
}

# The bundled criteria set ids: the first column of `criteria list`, under its heading.
_wwc_score_sets() {
    local id rest
    while read -r id rest; do
        [[ $id =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] && printf '%s\n' "$id"
    done < <(LANGUAGE=en "$1" criteria list 2>/dev/null | sed 1d)
    return 0
}

# The formats of `$1 $2... --format`, from the "Report format: a, b, c" help line.
_wwc_score_formats() {
    local line word
    local -a words
    while IFS= read -r line; do
        [[ $line == *"Report format:"* ]] || continue
        line=${line#*Report format:}
        read -ra words <<<"${line//,/ }"
        for word in "${words[@]}"; do
            [[ $word =~ ^[a-z0-9_-]+$ ]] && printf '%s\n' "$word"
        done
        break
    done < <(_wwc_score_help "$@")
}

# The long options of `$1 $2...`, from its --help.
_wwc_score_options() {
    _wwc_score_help "$@" | grep -oE '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]//' | sort -u
}

# The subcommands of `$1 $2...`: the first word of each line under "Commands:".
_wwc_score_subcommands() {
    _wwc_score_help "$@" | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'
}

_wwc_score() {
    COMPREPLY=()
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --option=value: bash splits the word at '='.
    if [[ $cur == = ]]; then
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    local bin=${COMP_WORDS[0]}
    command -v -- "$bin" >/dev/null 2>&1 || bin=wwc-score

    local commands
    commands=$(_wwc_score_subcommands "$bin" | tr '\n' ' ')
    local cmd=${COMP_WORDS[1]:-}
    [[ " $commands " == *" $cmd "* ]] || cmd=score  # `wwc-score FILE` scores
    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            _wwc_score_words "--version $(_wwc_score_options "$bin" score)" "$cur"
        else
            _wwc_score_words "$commands" "$cur"
            local n=${#COMPREPLY[@]} i
            _wwc_score_files "$cur" yaml
            if ((n > 0)); then  # a command fits: files as plain words, none named like a command
                compopt +o filenames 2>/dev/null
                for ((i = ${#COMPREPLY[@]} - 1; i >= n; i--)); do
                    [[ " $commands " == *" ${COMPREPLY[i]} "* ]] && unset 'COMPREPLY[i]'
                done
                COMPREPLY=("${COMPREPLY[@]}")
            fi
        fi
        return 0
    fi
    case ${COMP_WORDS[1]} in -h | --help | -V | --version) return 0 ;; esac

    case $prev in
        -f | --format)
            if [[ $cmd == criteria ]]; then
                _wwc_score_words "$(_wwc_score_formats "$bin" criteria "${COMP_WORDS[2]:-}")" "$cur"
            else
                _wwc_score_words "$(_wwc_score_formats "$bin" "$cmd")" "$cur"
            fi
            return 0
            ;;
        --criteria | --compare)
            _wwc_score_words "$(_wwc_score_sets "$bin")" "$cur"
            _wwc_score_files "$cur" yaml
            return 0
            ;;
        -o | --output | --schema)
            _wwc_score_files "$cur"
            return 0
            ;;
        --color)
            _wwc_score_words "auto always never" "$cur"
            return 0
            ;;
        -j | --jobs | --as-of | --max-file-size | --require-level | --exclude | --lang) return 0 ;;
    esac

    if [[ $cmd == criteria ]]; then
        if ((COMP_CWORD == 2)); then
            _wwc_score_words "$(_wwc_score_subcommands "$bin" criteria)" "$cur"
        elif [[ $cur == -* ]]; then
            _wwc_score_words "$(_wwc_score_options "$bin" criteria "${COMP_WORDS[2]}")" "$cur"
        elif [[ ${COMP_WORDS[2]} != list ]]; then
            _wwc_score_words "$(_wwc_score_sets "$bin")" "$cur"
            _wwc_score_files "$cur" yaml
        fi
        return 0
    fi
    if [[ $cur == -* || $cmd == init || $cmd == schema ]]; then
        _wwc_score_words "$(_wwc_score_options "$bin" "$cmd")" "$cur"
    else
        _wwc_score_files "$cur" yaml
    fi
    return 0
}

complete -F _wwc_score wwc-score
