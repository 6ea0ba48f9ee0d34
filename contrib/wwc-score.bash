# Bash completion for wwc-score(1): commands, options, format names, criteria
# set ids and files. Plain bash (COMP_WORDS, compgen): the bash-completion
# package's helpers are not needed.

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

# The bundled criteria set ids: the first column of `criteria list`.
_wwc_score_sets() {
    local id rest
    while read -r id rest; do
        [[ $id =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] && printf '%s\n' "$id"
    done < <("$1" criteria list 2>/dev/null)
    return 0
}

# The formats of `$2 --format`, from its "Report format: a, b or c" help line.
_wwc_score_formats() {
    local line word found=
    local -a words
    while IFS= read -r line; do
        [[ $line == *"Report format:"* ]] || continue
        line=${line#*Report format:}
        line=${line//,/ }
        read -ra words <<<"${line// or / }"
        for word in "${words[@]}"; do
            [[ $word =~ ^[a-z0-9_-]+$ ]] && printf '%s\n' "$word" && found=1
        done
        break
    done < <("$1" "$2" --help 2>/dev/null)
    [[ -n $found ]] && return
    case $2 in  # the binary could not tell
        score) printf '%s\n' text json markdown junit sarif github csv html ;;
        batch) printf '%s\n' text csv json html ;;
        diff) printf '%s\n' text json ;;
    esac
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

    local commands="score check batch init criteria diff schema"
    local common="--help --as-of --criteria --max-file-size"
    local score_opts="$common --strict --format --output --require-level --color"
    local cmd=${COMP_WORDS[1]:-}
    [[ " $commands " == *" $cmd "* ]] || cmd=score  # `wwc-score FILE` scores
    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            _wwc_score_words "--version $score_opts" "$cur"
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
            [[ $cmd == score || $cmd == batch || $cmd == diff ]] &&
                _wwc_score_words "$(_wwc_score_formats "$bin" "$cmd")" "$cur"
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
        -j | --jobs | --as-of | --max-file-size | --require-level) return 0 ;;
    esac

    local options
    case $cmd in
        score) options=$score_opts ;;
        check) options="$common --strict" ;;
        batch) options="$common --compare --format --output --jobs --fail-on-downgrade" ;;
        init) options="--help --criteria --output --schema" ;;
        schema) options="--help --criteria --output --markdown-descriptions" ;;
        diff) options="--help --as-of --criteria --max-file-size --format" ;;
        criteria)
            if [[ $cur == -* ]]; then
                _wwc_score_words "--help" "$cur"
            elif ((COMP_CWORD == 2)); then
                _wwc_score_words "list show lint diff" "$cur"
            elif [[ " show lint diff " == *" ${COMP_WORDS[2]} "* ]]; then
                _wwc_score_words "$(_wwc_score_sets "$bin")" "$cur"
                _wwc_score_files "$cur" yaml
            fi
            return 0
            ;;
    esac
    if [[ $cur == -* || $cmd == init || $cmd == schema ]]; then
        _wwc_score_words "$options" "$cur"
    else
        _wwc_score_files "$cur" yaml
    fi
    return 0
}

complete -F _wwc_score wwc-score
