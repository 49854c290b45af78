// the sample with the demo defects of examples/defects/ planted in its content
overlays = ["examples/defects"]
evaluate(new File(itSources, "copy-sample.groovy"))
