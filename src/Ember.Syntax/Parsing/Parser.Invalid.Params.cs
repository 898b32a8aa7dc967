using Ember.Syntax.Lexing;

namespace Ember.Syntax.Parsing;

/// <summary>
/// The <c>invalid_*</c> rules of <c>def</c> and <c>lambda</c> parameter lists.
/// The grammar spells each twice (<c>invalid_parameters</c> and
/// <c>invalid_lambda_parameters</c>, ...); the two differ only in the token that
/// ends the list and in a few messages, so one method serves both.
/// </summary>
public sealed partial class Parser
{
    private void InvalidParameters() => InvalidParametersRule(isLambda: false);

    private void InvalidLambdaParameters() => InvalidParametersRule(isLambda: true);

    private void InvalidParametersRule(bool isLambda)
    {
        int mark = _pos;

        // param_no_default* invalid_parameters_helper a=param_no_default
        ParamNoDefaultStar(isLambda);
        if (InvalidParametersHelper(isLambda))
        {
            var a = ParamNoDefault(isLambda);
            if (a != null)
            {
                throw ErrorAtNode(a, "non-default argument follows default argument");
            }
        }

        // def:    param_no_default* a='(' param_no_default+ ','? b=')'
        // lambda: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
        _pos = mark;
        ParamNoDefaultStar(isLambda);
        if (Expect(TokenKind.LPar, out var open))
        {
            bool inner = isLambda ? LambdaParamSequence() : ParamNoDefaultStar(isLambda: false) != null;
            if (inner)
            {
                Expect(TokenKind.Comma);
                if (Expect(TokenKind.RPar, out var close))
                {
                    throw ErrorRange(open, close, isLambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
                }
            }
        }

        // a="/" ','
        _pos = mark;
        if (Expect(TokenKind.Slash, out var slash) && Expect(TokenKind.Comma))
        {
            throw ErrorAtToken(slash, "at least one argument must precede /");
        }

        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        _pos = mark;
        if (SlashNoDefaultOrWithDefault(isLambda))
        {
            ParamMaybeDefaultStar(isLambda);
            if (Expect(TokenKind.Slash, out slash))
            {
                throw ErrorAtToken(slash, "/ may appear only once");
            }
        }

        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
        _pos = mark;
        SlashNoDefaultOrWithDefault(isLambda);
        ParamMaybeDefaultStar(isLambda);
        if (Expect(TokenKind.Star) && (Expect(TokenKind.Comma) || ParamNoDefault(isLambda) != null))
        {
            ParamMaybeDefaultStar(isLambda);
            if (Expect(TokenKind.Slash, out slash))
            {
                throw ErrorAtToken(slash, "/ must be ahead of *");
            }
        }

        // param_maybe_default+ '/' a='*'
        _pos = mark;
        if (ParamMaybeDefaultStar(isLambda) != null && Expect(TokenKind.Slash) && Expect(TokenKind.Star, out var star))
        {
            throw ErrorAtToken(star, "expected comma between / and *");
        }

        _pos = mark;
    }

    /// <summary><c>invalid_parameters_helper</c>: <c>slash_with_default | param_with_default+</c>.</summary>
    private bool InvalidParametersHelper(bool isLambda)
    {
        int mark = _pos;
        if (SlashWithDefaultRule(isLambda) != null)
        {
            return true;
        }

        _pos = mark;
        return ParamWithDefaultStar(isLambda) != null;
    }

    /// <summary><c>slash_no_default | slash_with_default</c>.</summary>
    private bool SlashNoDefaultOrWithDefault(bool isLambda)
    {
        int mark = _pos;
        if (SlashNoDefault(isLambda) != null)
        {
            return true;
        }

        _pos = mark;
        if (SlashWithDefaultRule(isLambda) != null)
        {
            return true;
        }

        _pos = mark;
        return false;
    }

    /// <summary><c>','.lambda_param+</c>.</summary>
    private bool LambdaParamSequence()
    {
        if (Param(isLambda: true) == null)
        {
            return false;
        }

        while (true)
        {
            int m = _pos;
            if (Expect(TokenKind.Comma) && Param(isLambda: true) != null)
            {
                continue;
            }

            _pos = m;
            return true;
        }
    }

    private void InvalidDefault()
    {
        // a='=' &(')'|',')
        int mark = _pos;
        if (Expect(TokenKind.Equal, out var a) && Peek().Kind is TokenKind.RPar or TokenKind.Comma)
        {
            throw ErrorAtToken(a, "expected default value expression");
        }

        _pos = mark;
    }

    private void InvalidStarEtc() => InvalidStarEtcRule(isLambda: false);

    private void InvalidLambdaStarEtc() => InvalidStarEtcRule(isLambda: true);

    private void InvalidStarEtcRule(bool isLambda)
    {
        int mark = _pos;
        var end = isLambda ? TokenKind.Colon : TokenKind.RPar;

        // def:    a='*' (')' | ',' (')' | '**'))
        // lambda: '*' (':' | ',' (':' | '**'))   (reported at the last token read)
        if (Expect(TokenKind.Star, out var star))
        {
            bool bare = Expect(end);
            if (!bare)
            {
                _pos = mark + 1;
                bare = Expect(TokenKind.Comma) && (Expect(end) || Expect(TokenKind.DoubleStar));
            }

            if (bare)
            {
                throw isLambda
                    ? ErrorAtLastToken("named arguments must follow bare *")
                    : ErrorAtToken(star, "named arguments must follow bare *");
            }
        }

        // '*' ',' TYPE_COMMENT: never tokenized without type_comments=True.

        // '*' param a='='
        _pos = mark;
        if (Expect(TokenKind.Star) && Param(isLambda) != null && Expect(TokenKind.Equal, out var eq))
        {
            throw ErrorAtToken(eq, "var-positional argument cannot have default value");
        }

        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        _pos = mark;
        if (Expect(TokenKind.Star) && (ParamNoDefault(isLambda) != null || Expect(TokenKind.Comma)))
        {
            ParamMaybeDefaultStar(isLambda);
            if (Expect(TokenKind.Star, out var second) && (ParamNoDefault(isLambda) != null || Expect(TokenKind.Comma)))
            {
                throw ErrorAtToken(second, "* argument may appear only once");
            }
        }

        _pos = mark;
    }

    private void InvalidKwds() => InvalidKwdsRule(isLambda: false);

    private void InvalidLambdaKwds() => InvalidKwdsRule(isLambda: true);

    private void InvalidKwdsRule(bool isLambda)
    {
        int mark = _pos;

        // '**' param a='='
        if (Expect(TokenKind.DoubleStar) && Param(isLambda) != null && Expect(TokenKind.Equal, out var eq))
        {
            throw ErrorAtToken(eq, "var-keyword argument cannot have default value");
        }

        // '**' param ',' a=param
        _pos = mark;
        if (Expect(TokenKind.DoubleStar) && Param(isLambda) != null && Expect(TokenKind.Comma))
        {
            var a = Param(isLambda);
            if (a != null)
            {
                throw ErrorAtNode(a, "arguments cannot follow var-keyword argument");
            }
        }

        // '**' param ',' a=('*'|'**'|'/')
        _pos = mark;
        if (Expect(TokenKind.DoubleStar) && Param(isLambda) != null && Expect(TokenKind.Comma))
        {
            ref readonly var t = ref Peek();
            if (t.Kind is TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash)
            {
                throw ErrorAtToken(t, "arguments cannot follow var-keyword argument");
            }
        }

        _pos = mark;
    }
}
